import { formatYuan, periodLabel, toDaxie, type LedgerEntryView } from '../../../../../contract'
import type { Translate } from '../../../format/facts'

/** One ledger line's key facts for read-aloud and the QR code, as a villager checks a voucher. */
export function entryText(e: LedgerEntryView, village: string, t: Translate): string {
  const pair = (label: string, value: string) => t('kiosk.factPair', { label, value })
  return [
    `${village} ${periodLabel(e.period)}`,
    e.summary,
    pair(t('entry.date'), e.date),
    pair(t('entry.voucherNo'), e.voucherNo),
    pair(t(`direction.${e.direction}`), formatYuan(e.amountFen)),
    pair(t('entry.daxie'), toDaxie(e.amountFen)),
    e.counterparty && pair(t('entry.counterparty'), e.counterparty),
  ]
    .filter(Boolean)
    .join(t('kiosk.factsJoin'))
}
