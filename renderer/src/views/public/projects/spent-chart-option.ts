import type { BarSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, GridComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { plainYuan } from '../../../../../contract'

export type SpentChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | AriaComponentOption
>

/** Colours read from styles/tokens.css at runtime. */
export interface SpentColours {
  budget: string
  spent: string
  over: string
  ink: string
  font: string
}

/**
 * Two horizontal bars, 预算 and 已支出, each labelled with its amount in words; spent is
 * striped (and turns red with a word label) so neither reading rests on colour alone.
 */
export function spentChartOption(
  budgetFen: number,
  spentFen: number,
  words: { budget: string; spent: string; description: string },
  colours: SpentColours,
  fontPx: number,
): SpentChartOption {
  const text = { color: colours.ink, fontSize: fontPx, fontFamily: colours.font }
  const stripes = {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [4, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(255,255,255,0.55)',
  }
  const over = spentFen > budgetFen
  const rows = [
    {
      name: words.spent,
      fen: spentFen,
      color: over ? colours.over : colours.spent,
      decal: stripes,
    },
    { name: words.budget, fen: budgetFen, color: colours.budget },
  ]
  return {
    animation: false,
    aria: { enabled: true, label: { description: words.description } },
    textStyle: { fontFamily: colours.font, fontSize: fontPx },
    grid: { left: 8, right: fontPx * 6, top: 0, bottom: 0, containLabel: true },
    xAxis: { type: 'value', show: false, max: Math.max(budgetFen, spentFen, 1) / 100 },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: text,
    },
    series: [
      {
        type: 'bar',
        silent: true,
        barMaxWidth: fontPx * 1.2,
        label: {
          show: true,
          position: 'right',
          ...text,
          formatter: (p) => plainYuan(rows[p.dataIndex]?.fen ?? 0),
        },
        data: rows.map((r) => ({
          value: r.fen / 100,
          itemStyle: r.decal ? { color: r.color, decal: r.decal } : { color: r.color },
        })),
      },
    ],
  }
}
