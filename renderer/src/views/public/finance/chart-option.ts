import type { BarSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { plainYuan, type CategoryTotal, type Direction } from '../../../../../contract'

export type CategoryChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | AriaComponentOption
>

export interface ChartWords {
  income: string
  expense: string
  description: string
}

/** Colours come from the palette in styles/tokens.css (read at runtime, one source). */
export interface ChartColours {
  income: string
  expense: string
  ink: string
  line: string
  font: string
}

interface Bar {
  name: string
  direction: Direction
  fen: number
}

/** One bar per category and direction that has money: income bars first, then expense. */
export function chartBars(totals: readonly CategoryTotal[]): Bar[] {
  const bars = (direction: Direction, key: 'incomeFen' | 'expenseFen') =>
    totals.filter((c) => c[key] > 0).map((c) => ({ name: c.name, direction, fen: c[key] }))
  return [...bars('income', 'incomeFen'), ...bars('expense', 'expenseFen')]
}

/**
 * Income and expense per category as horizontal bars, one row each so no two labels collide;
 * every label says 收入 or 支出 in words and expense bars are striped, so nothing rests on
 * colour alone.
 */
export function categoryChartOption(
  totals: readonly CategoryTotal[],
  words: ChartWords,
  colours: ChartColours,
  fontPx: number,
): CategoryChartOption {
  const rows = chartBars(totals).reverse() // ECharts draws the first category at the bottom
  const stripes = {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [4, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.55)',
  }
  const text = { color: colours.ink, fontSize: fontPx, fontFamily: colours.font }
  return {
    animation: false,
    aria: { enabled: true, label: { description: words.description } },
    textStyle: { fontFamily: colours.font, fontSize: fontPx },
    grid: { left: 8, right: fontPx * 7, top: 0, bottom: 0, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: rows.map((r, i) => `${i}:${r.name}`),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colours.line, width: 2 } },
      axisLabel: { ...text, formatter: (v: string) => v.slice(v.indexOf(':') + 1) },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: fontPx * 1.2,
        barCategoryGap: '30%',
        silent: true,
        label: {
          show: true,
          position: 'right',
          ...text,
          formatter: (p) => {
            const r = rows[p.dataIndex]
            return r ? `${words[r.direction]} ${plainYuan(r.fen)}` : ''
          },
        },
        data: rows.map((r) => ({
          value: r.fen / 100,
          itemStyle:
            r.direction === 'income'
              ? { color: colours.income }
              : { color: colours.expense, decal: stripes },
        })),
      },
    ],
  }
}
