/** 资产资源合同, 债权债务 and 收益分配 handlers: registers read as published. */
import type {
  Asset,
  AssetView,
  Debt,
  DebtView,
  Distribution,
  DistributionView,
} from '../../../../contract'
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

/** 已更正 facts of a record that replaced an earlier published one, the earlier one as a view. */
function correctionOf<
  R extends { supersedes?: string; correctionReason?: string; publishedAt?: string },
  V,
>(
  r: R,
  earlier: R | undefined,
  view: (x: R) => V,
): { correction?: { reason: string; at: string; earlier: V } } {
  if (!r.supersedes || !earlier) return {}
  return {
    correction: {
      reason: r.correctionReason ?? '',
      at: r.publishedAt ?? '',
      earlier: view(earlier),
    },
  }
}

/** A current debt row, with 已更正 when it replaced an earlier published one. */
function debtRow(store: Store, d: Debt, today: string): DebtView {
  const earlier = d.supersedes ? store.get('debts', d.supersedes) : undefined
  return { ...debtView(d, today), ...correctionOf(d, earlier, (x) => debtView(x, today)) }
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
      .map((d) => debtRow(store, d, today))
      .sort(
        (a, b) =>
          Number(b.openFen > 0) - Number(a.openFen > 0) ||
          b.date.localeCompare(a.date) ||
          a.id.localeCompare(b.id),
      )
    return { items, totals: debtTotals(items), lastUpdated: latestPublishedAt(records) }
  },
  'finance.distributions': (_input, { store }): DistributionView[] =>
    currentPublished(store, 'distributions')
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id))
      .map((d) => ({
        ...distributionView(d),
        ...correctionOf(
          d,
          d.supersedes ? store.get('distributions', d.supersedes) : undefined,
          distributionView,
        ),
      })),
}
