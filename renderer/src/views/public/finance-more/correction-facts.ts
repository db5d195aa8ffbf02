/** What an earlier version of a debt or a 收益分配 said, fact by fact, where it differs from now. */
import { formatYuan, type DebtView, type DistributionView } from '../../../../../contract'
import { formatDate } from '../../../format/date'

type Translate = (key: string, params?: Record<string, unknown>) => string
type Fact = { id: string; label: string; value: string }

/** The earlier facts whose words differ from the current ones ('无' where a fact was empty). */
function changed(before: Fact[], now: Fact[], none: string): Fact[] {
  const current = new Map(now.map((f) => [f.id, f.value]))
  return before
    .filter((f) => current.get(f.id) !== f.value)
    .map((f) => ({ ...f, value: f.value || none }))
}

function debtFacts(d: Omit<DebtView, 'correction'>, t: Translate): Fact[] {
  const k = (key: string) => t(`rowCorrection.debt.${key}`)
  return [
    { id: 'counterparty', label: k('counterparty'), value: d.counterparty },
    { id: 'kind', label: k('kind'), value: d.kind },
    { id: 'amount', label: k('amount'), value: formatYuan(d.amountFen) },
    { id: 'date', label: k('date'), value: formatDate(d.date) },
    { id: 'due', label: k('due'), value: formatDate(d.due) },
    { id: 'status', label: k('status'), value: d.status },
    { id: 'settled', label: k('settled'), value: formatYuan(d.settledFen) },
    { id: 'cause', label: k('cause'), value: d.cause },
  ]
}

export function debtEarlier(d: DebtView, t: Translate): Fact[] {
  if (!d.correction) return []
  return changed(debtFacts(d.correction.earlier, t), debtFacts(d, t), t('records.fields.none'))
}

function distFacts(d: Omit<DistributionView, 'correction'>, t: Translate): Fact[] {
  const k = (key: string) => t(`rowCorrection.dist.${key}`)
  return [
    { id: 'title', label: k('title'), value: d.title },
    { id: 'distributable', label: k('distributable'), value: formatYuan(d.distributableFen) },
    {
      id: 'items',
      label: k('items'),
      value: d.items.map((i) => `${i.name} ${formatYuan(i.amountFen)}`).join('；'),
    },
    { id: 'perPerson', label: k('perPerson'), value: formatYuan(d.perPersonFen) },
    { id: 'perHousehold', label: k('perHousehold'), value: formatYuan(d.perHouseholdFen) },
    { id: 'note', label: k('note'), value: d.note },
  ]
}

export function distributionEarlier(d: DistributionView, t: Translate): Fact[] {
  if (!d.correction) return []
  return changed(distFacts(d.correction.earlier, t), distFacts(d, t), t('records.fields.none'))
}
