/**
 * Horizontal bars drawn in HTML (BarChart.vue): each bar's length is its share of the largest,
 * its amount is written in words on its row, and the kind of money it is (收入, 支出, 预算,
 * 已支出) is said in words and by a pattern, never by colour alone.
 */

/** What a bar is: its colour, and whether it is striped (expense and spent are). */
export type BarTone = 'income' | 'expense' | 'budget' | 'spent' | 'over'

export interface Bar {
  /** Unique within one chart (a category may have an income and an expense bar). */
  key: string
  /** What the bar is of: a category's name, 预算, 已支出. */
  label: string
  /** The amount in words as shown at the end of the row, e.g. 支出 1.2万元. */
  amount: string
  fen: number
  tone: BarTone
}

/** Tones drawn striped, so they differ from the plain ones in more than colour. */
export const STRIPED: ReadonlySet<BarTone> = new Set(['expense', 'spent', 'over'])

/**
 * Each bar's length in tenths of a percent of the longest (integers: 0–1000). A bar with any
 * money is at least 1% long, so a small amount beside a large one is still seen to be there.
 */
export function barLengths(fens: readonly number[]): number[] {
  const max = Math.max(0, ...fens)
  if (max === 0) return fens.map(() => 0)
  return fens.map((f) => (f <= 0 ? 0 : Math.max(10, Math.round((f * 1000) / max))))
}
