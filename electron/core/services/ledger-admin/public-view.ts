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
    }
  }
  const next = e.supersededBy ? store.get('ledger', e.supersededBy) : undefined
  if (next) out.supersededAt = next.publishedAt ?? next.createdAt
  return out
}
