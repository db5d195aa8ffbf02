/** How a published correction reads on the public 财务公开 screens: 已更正, when, why, and the line before. */
import { categoryName } from '../../../../contract'
import type { EntryCorrection, LedgerEntry } from '../../../../contract'
import type { Store } from '../../store/types'

/** The public correction facts of a line: on a signed correction, and on the line it replaced. */
export function correctionFacts(
  store: Store,
  e: LedgerEntry,
): { correction?: EntryCorrection; supersededAt?: string } {
  const out: { correction?: EntryCorrection; supersededAt?: string } = {}
  const previous = e.supersedes ? store.get('ledger', e.supersedes) : undefined
  if (previous && previous.supersededBy === e.id) {
    out.correction = {
      reason: e.correctionReason ?? '',
      at: e.publishedAt ?? e.createdAt,
      ...(e.publishedBy ? { signedBy: e.publishedBy.name } : {}),
      previous: {
        id: previous.id,
        date: previous.date,
        voucherNo: previous.voucherNo,
        summary: previous.summary,
        categoryName: categoryName(previous.category),
        item: previous.item,
        direction: previous.direction,
        amountFen: previous.amountFen,
        counterparty: previous.counterparty,
        handler: previous.handler,
      },
      ...voidedOf(store, e, previous),
    }
  }
  const next = e.supersededBy ? store.get('ledger', e.supersededBy) : undefined
  if (next) out.supersededAt = next.publishedAt ?? next.createdAt
  return out
}

/**
 * A line at 0元: the last amount its history carried, walking back past earlier 0元 versions (a
 * voided line corrected again for its summary still says what it was, not 原¥0.00).
 */
function voidedOf(
  store: Store,
  e: LedgerEntry,
  previous: LedgerEntry,
): Pick<EntryCorrection, 'voided'> {
  if (e.amountFen !== 0) return {}
  let line: LedgerEntry | undefined = previous
  const met = new Set<string>()
  while (line && line.amountFen === 0 && line.supersedes && !met.has(line.id)) {
    met.add(line.id)
    line = store.get('ledger', line.supersedes)
  }
  return line && line.amountFen > 0
    ? { voided: { amountFen: line.amountFen, direction: line.direction } }
    : {}
}
