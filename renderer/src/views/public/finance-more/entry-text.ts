import { formatYuan, periodLabel, toDaxie, type LedgerEntryView } from '../../../../../contract'
import { earlierValues } from '../../../../../contract/earlier-line'
import type { Translate } from '../../../format/facts'
import { voidedFrom } from '../../../format/voided'

/**
 * One ledger line's key facts for read-aloud and the QR code, as a villager checks a voucher.
 * A replaced line says so first, and a correction says why and what it replaced right after
 * the amount: the code is cut at a set length, and these must not be what is cut.
 */
export function entryText(e: LedgerEntryView, village: string, t: Translate): string {
  const pair = (label: string, value: string) => t('kiosk.factPair', { label, value })
  const voided = voidedFrom(e)
  const amount = voided
    ? t('entry.voidedShort', { amount: formatYuan(voided.amountFen) })
    : formatYuan(e.amountFen)
  return [
    `${village} ${periodLabel(e.period)}`,
    e.supersededAt && t('entry.superseded'),
    e.summary,
    pair(t('entry.date'), e.date),
    pair(t('entry.voucherNo'), e.voucherNo),
    pair(t(`direction.${e.direction}`), amount),
    e.correction && t('entry.correctedShort', { reason: e.correction.reason }),
    e.correction && earlierValues(e, e.correction.previous),
    pair(t('entry.daxie'), toDaxie(e.amountFen)),
    e.counterparty && pair(t('entry.counterparty'), e.counterparty),
  ]
    .filter(Boolean)
    .join(t('kiosk.factsJoin'))
}
