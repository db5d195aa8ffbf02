import { describe, expect, it } from 'vitest'
import type { BudgetLine } from '../../../../../../contract'
import {
  budgetLineView,
  budgetTotals,
  percentOf,
} from '../../../../../../electron/core/services/sections/budget-math'
import { budgetHandlers } from '../../../../../../electron/core/services/sections/budget'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { NOW, entry, publicCtx, put, sheet } from '../fixtures'
import { pub } from './fixtures'

const budget = budgetHandlers['finance.budget']

function line(over: Partial<BudgetLine>): BudgetLine {
  return {
    id: 'b-1',
    year: 2026,
    direction: 'expense',
    category: 'expense',
    item: '办公费',
    plannedFen: 1_000_000,
    note: '',
    ...pub(),
    ...over,
  }
}

describe('budgetLineView', () => {
  const entries = [
    entry({ date: '2026-02-10', item: '办公费', amountFen: 300_000 }),
    entry({ date: '2026-05-10', item: '办公费', amountFen: 800_000 }),
    entry({ date: '2026-05-11', item: '管理费用', amountFen: 50_000 }),
    entry({ date: '2025-12-31', item: '办公费', amountFen: 999_999 }),
    entry({ date: '2026-05-12', category: 'income', item: '经营收入', direction: 'income' }),
  ]

  it('sums the lines of its year, direction, category and item only', () => {
    const v = budgetLineView(line({}), entries)
    expect(v.actualFen).toBe(1_100_000)
    expect(v.diffFen).toBe(100_000)
    expect(v.over).toBe(true)
    expect(v.percent).toBe(110)
  })

  it('covers the whole category when the item is empty', () => {
    expect(budgetLineView(line({ item: '' }), entries).actualFen).toBe(1_150_000)
  })

  it('never marks income as over, and gives no percent without a plan', () => {
    const v = budgetLineView(
      line({ direction: 'income', category: 'income', item: '经营收入', plannedFen: 0 }),
      entries,
    )
    expect(v).toMatchObject({ actualFen: 100, over: false, percent: null })
    expect(percentOf(2, 3)).toBe(66)
  })

  it('totals planned and actual separately, never one sum of both', () => {
    const lines = [line({}), line({ id: 'b-2', item: '管理费用', plannedFen: 40_000 })]
    expect(budgetTotals(lines, entries)).toEqual({ plannedFen: 1_040_000, actualFen: 1_150_000 })
  })

  it('counts each ledger line once in the actual total, even under two overlapping lines', () => {
    // Stored before overlapping lines were refused: a whole-category line beside one of its items.
    const lines = [line({ item: '', plannedFen: 2_000_000 }), line({ id: 'b-2' })]
    expect(lines.map((l) => budgetLineView(l, entries).actualFen)).toEqual([1_150_000, 1_100_000])
    expect(budgetTotals(lines, entries)).toEqual({ plannedFen: 3_000_000, actualFen: 1_150_000 })
  })
})

describe('finance.budget', () => {
  async function setup() {
    const store = createMemoryStore(() => NOW)
    await put(store, 'sheets', [sheet('2026-Q1'), sheet('2026-Q2', { status: 'submitted' })])
    await put(store, 'ledger', [
      entry({ period: '2026-Q1', date: '2026-02-10', amountFen: 300_000 }),
      entry({ period: '2026-Q2', date: '2026-05-10', amountFen: 800_000 }),
    ])
    await put(store, 'budget', [
      line({}),
      line({ id: 'b-old', year: 2025, plannedFen: 5 }),
      line({ id: 'b-draft', year: 2027, status: 'draft' }),
      line({ id: 'b-gone', supersededBy: 'b-1' }),
    ])
    return publicCtx(store)
  }

  it('counts only lines of published sheets and shows how far the actuals reach', async () => {
    const v = await budget({}, await setup())
    expect(v.year).toBe(2026)
    expect(v.years).toEqual([2026, 2025])
    expect(v.expense).toHaveLength(1)
    expect(v.expense[0]).toMatchObject({ plannedFen: 1_000_000, actualFen: 300_000, over: false })
    expect(v.expenseTotals).toEqual({ plannedFen: 1_000_000, actualFen: 300_000 })
    expect(v.income).toEqual([])
    expect(v.actualThrough).toBe('2026-03-31')
  })

  it('refuses a year with no published plan in plain words', async () => {
    const ctx = await setup()
    expect(() => budget({ year: 2027 }, ctx)).toThrow('没有找到2027年的财务计划，可能还没有公开')
  })
})
