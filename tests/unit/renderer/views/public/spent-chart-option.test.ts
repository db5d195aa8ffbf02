import { describe, expect, it } from 'vitest'
import { spentChartOption } from '../../../../../renderer/src/views/public/projects/spent-chart-option'

const colours = { budget: 'B', spent: 'S', over: 'R', ink: 'I', font: 'F' }
const words = { budget: '预算', spent: '已支出', description: '预算 1万元，已支出 2万元' }

function bars(budgetFen: number, spentFen: number) {
  const option = spentChartOption(budgetFen, spentFen, words, colours, 24)
  const series = (
    option.series as Array<{ data: Array<{ value: number; itemStyle: { color: string } }> }>
  )[0]!
  return series.data
}

describe('the spent-vs-budget chart', () => {
  it('draws spent and budget in yuan, spent in its own colour', () => {
    const [spent, budget] = bars(1_000_000, 250_000)
    expect(budget!.value).toBe(10_000)
    expect(spent!.value).toBe(2_500)
    expect(spent!.itemStyle.color).toBe('S')
  })

  it('turns the spent bar to the attention colour only when over budget', () => {
    const [spent] = bars(1_000_000, 2_000_000)
    expect(spent!.itemStyle.color).toBe('R')
  })
})
