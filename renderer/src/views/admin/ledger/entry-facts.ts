/** A line's facts as labelled text, shared by the detail screen and the before/after comparison. */
import { formatYuan, toDaxie, type LedgerEntry } from '../../../../../contract'
import { formatDate } from '../../../format/date'

type Translate = (key: string) => string

/** One labelled fact; `key` names the stored field, so a comparison can mark what changed. */
export interface Fact {
  key: string
  label: string
  value: string
}

/** The facts a cadre checks on a voucher, in voucher order. */
export function entryFacts(
  e: LedgerEntry & { categoryName: string; projectName?: string },
  t: Translate,
): Fact[] {
  const none = t('entry.none')
  return [
    { key: 'date', label: t('entry.date'), value: formatDate(e.date) },
    { key: 'voucherNo', label: t('entry.voucherNo'), value: e.voucherNo },
    { key: 'summary', label: t('entry.summary'), value: e.summary },
    { key: 'item', label: t('entry.category'), value: `${e.categoryName} · ${e.item}` },
    { key: 'direction', label: t('entry.direction'), value: t(`direction.${e.direction}`) },
    { key: 'amountFen', label: t('entry.amount'), value: formatYuan(e.amountFen) },
    { key: 'daxie', label: t('entry.daxie'), value: toDaxie(e.amountFen) },
    { key: 'counterparty', label: t('entry.counterparty'), value: e.counterparty || none },
    { key: 'handler', label: t('entry.handler'), value: e.handler || none },
    { key: 'projectId', label: t('entry.project'), value: e.projectName ?? none },
  ]
}
