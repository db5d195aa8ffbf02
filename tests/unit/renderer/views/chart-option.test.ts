import { describe, expect, it } from 'vitest'
import type { CategoryTotal } from '../../../../contract'
import {
  categoryChartOption,
  chartBars,
} from '../../../../renderer/src/views/public/finance/chart-option'

const totals: CategoryTotal[] = [
  { category: 'income', name: '各项收入', incomeFen: 3_900_000, expenseFen: 0, count: 3 },
  { category: 'expense', name: '各项支出', incomeFen: 0, expenseFen: 10_500_000, count: 9 },
  { category: 'resources', name: '各类资源', incomeFen: 577_500, expenseFen: 123_000, count: 2 },
  { category: 'plan', name: '财务计划', incomeFen: 0, expenseFen: 0, count: 0 },
]
const colours = { income: '#1f6b45', expense: '#8a4500', ink: '#000', line: '#999', font: 'x' }
const words = { income: '收入', expense: '支出', description: '' }

describe('category chart', () => {
  it('draws one bar per category and direction that has money, income first', () => {
    expect(chartBars(totals).map((b) => `${b.direction}:${b.name}`)).toEqual([
      'income:各项收入',
      'income:各类资源',
      'expense:各项支出',
      'expense:各类资源',
    ])
  })

  it('labels every bar with 收入 or 支出 in words and the amount in plain words', () => {
    const option = categoryChartOption(totals, words, colours, 24)
    const series = (
      option.series as { label: { formatter: (p: { dataIndex: number }) => string } }[]
    )[0]!
    const labels = [0, 1, 2, 3].map((i) => series.label.formatter({ dataIndex: i }))
    // ECharts draws the first row at the bottom, so the option lists bars bottom-up.
    expect(labels).toEqual(['支出 1,230元', '支出 10.5万元', '收入 5,775元', '收入 3.9万元'])
  })

  it('stripes expense bars so they never differ from income by colour alone', () => {
    const option = categoryChartOption(totals, words, colours, 24)
    const data = (option.series as { data: { itemStyle: { decal?: unknown } }[] }[])[0]!.data
    expect(data.map((d) => d.itemStyle.decal !== undefined)).toEqual([true, true, false, false])
  })
})
