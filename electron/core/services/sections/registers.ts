/** 资产资源合同, 债权债务 and 收益分配 handlers: registers read as published. */
import type { Asset, AssetView, Distribution, DistributionView } from '../../../../contract'
import type { Store } from '../../store/types'
import type { HandlerGroup } from '../../api/handlers'
import { villageToday } from './days'
import { currentPublished, latestPublishedAt } from './records'
import { assetView, debtTotals, debtView, owingFen } from './register-math'

const TYPE_ORDER = ['合同', '资源', '资产']

/** A year's distribution with what was shared out and what was kept. */
export function distributionView(d: Distribution): DistributionView {
  const distributedFen = d.items.reduce((s, i) => s + i.amountFen, 0)
  return {
    id: d.id,
    year: d.year,
    title: d.title,
    distributableFen: d.distributableFen,
    items: d.items.map((i) => ({ ...i })),
    distributedFen,
    remainingFen: d.distributableFen - distributedFen,
    persons: d.persons,
    households: d.households,
    perPersonFen: d.perPersonFen,
    perHouseholdFen: d.perHouseholdFen,
    note: d.note,
    publishedAt: d.publishedAt ?? '',
  }
}

/** A current asset row; a published correction says why, when, and shows the version it replaced. */
function assetRow(store: Store, a: Asset, today: string): AssetView {
  const view = assetView(a, today)
  const earlier = a.supersedes ? store.get('assets', a.supersedes) : undefined
  if (!earlier) return view
  const correction = {
    reason: a.correctionReason ?? '',
    at: a.publishedAt ?? '',
    earlier: assetView(earlier, today),
  }
  return { ...view, correction }
}

/** Handlers of the three registers. */
export const registerHandlers: HandlerGroup<
  'finance.assets' | 'finance.debts' | 'finance.distributions'
> = {
  'finance.assets': (_input, { store, now }) => {
    const today = villageToday(now())
    const records = currentPublished(store, 'assets')
    const items = records
      .map((a) => assetRow(store, a, today))
      .sort(
        (a, b) =>
          Number(b.expiringSoon) - Number(a.expiringSoon) ||
          TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
          a.name.localeCompare(b.name, 'zh-CN'),
      )
    return {
      items,
      yearlyRentFen: records.reduce((s, a) => s + a.yearlyRentFen, 0),
      collectedFen: records.reduce((s, a) => s + a.collectedFen, 0),
      owingFen: records.reduce((s, a) => s + owingFen(a), 0),
      expiringSoonCount: items.filter((i) => i.expiringSoon).length,
      lastUpdated: latestPublishedAt(records),
    }
  },
  'finance.debts': (_input, { store, now }) => {
    const today = villageToday(now())
    const records = currentPublished(store, 'debts')
    const items = records
      .map((d) => debtView(d, today))
      .sort(
        (a, b) =>
          Number(b.openFen > 0) - Number(a.openFen > 0) ||
          b.date.localeCompare(a.date) ||
          a.id.localeCompare(b.id),
      )
    return { items, totals: debtTotals(items), lastUpdated: latestPublishedAt(records) }
  },
  'finance.distributions': (_input, { store }) =>
    currentPublished(store, 'distributions')
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id))
      .map(distributionView),
}
