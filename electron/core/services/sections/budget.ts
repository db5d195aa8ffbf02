/** 财务计划 handler: the year's plan against what the published ledger shows so far. */
import { categoryName, periodRange } from '../../../../contract'
import type { BudgetLine, BudgetLineView, BudgetView, LedgerEntry } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { publishedEntries } from '../ledger'
import { publishedSheets } from '../published'
import { budgetLineView, budgetTotals } from './budget-math'
import { villageToday } from './days'
import { currentPublished, latestPublishedAt } from './records'

/** Current lines of the published sheets that fall in a year, and the last day they cover. */
export function publishedYear(
  store: Store,
  year: number,
): { entries: LedgerEntry[]; through: string } {
  const sheets = publishedSheets(store)
  const keys = new Set([...sheets.keys()].filter((k) => periodRange(k).year === year))
  const entries = [...publishedEntries(store, keys).values()].flat()
  let through = ''
  for (const k of keys) if (periodRange(k).to > through) through = periodRange(k).to
  return { entries, through }
}

/** 已更正 on a line that replaced an earlier published one: why, when, and what that one planned. */
function withCorrection(store: Store, line: BudgetLine, view: BudgetLineView): BudgetLineView {
  const earlier = line.supersedes ? store.get('budget', line.supersedes) : undefined
  if (!earlier) return view
  const correction = {
    reason: line.correctionReason ?? '',
    at: line.publishedAt ?? '',
    earlier: {
      year: earlier.year,
      categoryName: categoryName(earlier.category),
      item: earlier.item,
      plannedFen: earlier.plannedFen,
      note: earlier.note,
    },
  }
  return { ...view, correction }
}

/** Handler of 财务计划; without a year it shows the newest year that has a plan. */
export const budgetHandlers: HandlerGroup<'finance.budget'> = {
  'finance.budget': (input, { store, now }): BudgetView => {
    const all = currentPublished(store, 'budget')
    const years = [...new Set(all.map((l) => l.year))].sort((a, b) => b - a)
    const year = input.year ?? years[0] ?? Number(villageToday(now()).slice(0, 4))
    const lines = all.filter((l) => l.year === year)
    if (input.year !== undefined && lines.length === 0) {
      throw new ApiFailure('NOT_FOUND', `没有找到${year}年的财务计划，可能还没有公开`)
    }
    const { entries, through } = publishedYear(store, year)
    const order = (a: { category: string; item: string }, b: typeof a) =>
      a.category.localeCompare(b.category) || a.item.localeCompare(b.item, 'zh-CN')
    const views = [...lines]
      .sort(order)
      .map((l) => withCorrection(store, l, budgetLineView(l, entries)))
    const income = views.filter((v) => v.direction === 'income')
    const expense = views.filter((v) => v.direction === 'expense')
    const of = (d: 'income' | 'expense') => lines.filter((l) => l.direction === d)
    return {
      year,
      years,
      income,
      expense,
      incomeTotals: budgetTotals(of('income'), entries),
      expenseTotals: budgetTotals(of('expense'), entries),
      actualThrough: through,
      lastUpdated: latestPublishedAt(lines),
    }
  },
}
