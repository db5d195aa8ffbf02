import { describe, expect, it } from 'vitest'
import type { CategoryTotal } from '../../../../contract'
import { categoryBars } from '../../../../renderer/src/views/public/finance/category-bars'
import { spentBars } from '../../../../renderer/src/views/public/projects/spent-bars'

const totals: CategoryTotal[] = [
  { category: 'income', name: '各项收入', incomeFen: 3_900_000, expenseFen: 0, count: 3 },
  { category: 'expense', name: '各项支出', incomeFen: 0, expenseFen: 10_500_000, count: 9 },
  { category: 'resources', name: '各类资源', incomeFen: 577_500, expenseFen: 123_000, count: 2 },
  { category: 'plan', name: '财务计划', incomeFen: 0, expenseFen: 0, count: 0 },
]
const words = { income: '收入', expense: '支出' }

describe('category chart bars', () => {
  it('one bar per category and direction that has money, income first', () => {
    expect(categoryBars(totals, words).map((b) => `${b.tone}:${b.label}`)).toEqual([
      'income:各项收入',
      'income:各类资源',
      'expense:各项支出',
      'expense:各类资源',
    ])
  })

  it('says 收入 or 支出 in words with the amount in plain words, keyed uniquely', () => {
    const bars = categoryBars(totals, words)
    expect(bars.map((b) => b.amount)).toEqual([
      '收入 3.9万元',
      '收入 5,775元',
      '支出 10.5万元',
      '支出 1,230元',
    ])
    expect(new Set(bars.map((b) => b.key)).size).toBe(bars.length)
    expect(bars.map((b) => b.fen)).toEqual([3_900_000, 577_500, 10_500_000, 123_000])
  })

  it('has no bars for a period without money', () => {
    expect(categoryBars([totals[3]!], words)).toEqual([])
  })
})

describe('spent-vs-budget bars', () => {
  const w = { budget: '预算', spent: '已支出' }

  it('shows the budget above what was spent, in plain words', () => {
    const bars = spentBars(50_000_000, 12_345_600, w)
    expect(bars.map((b) => [b.label, b.amount, b.tone])).toEqual([
      ['预算', '50万元', 'budget'],
      ['已支出', '12.3万元', 'spent'],
    ])
  })

  it('turns spent to the attention colour only when over budget', () => {
    expect(spentBars(100, 100, w)[1]!.tone).toBe('spent')
    expect(spentBars(100, 101, w)[1]!.tone).toBe('over')
  })
})
