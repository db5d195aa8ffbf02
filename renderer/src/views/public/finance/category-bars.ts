import { plainYuan, type CategoryTotal, type Direction } from '../../../../../contract'
import type { Bar } from '../../../components/section/bars'

/**
 * One bar per category and direction that has money, income bars first, then expense; every
 * amount says 收入 or 支出 in words (`words`), and expense bars are striped (BarChart).
 */
export function categoryBars(
  totals: readonly CategoryTotal[],
  words: Record<Direction, string>,
): Bar[] {
  const bars = (direction: Direction, key: 'incomeFen' | 'expenseFen'): Bar[] =>
    totals
      .filter((c) => c[key] > 0)
      .map((c) => ({
        key: `${direction}:${c.category}`,
        label: c.name,
        amount: `${words[direction]} ${plainYuan(c[key])}`,
        fen: c[key],
        tone: direction,
      }))
  return [...bars('income', 'incomeFen'), ...bars('expense', 'expenseFen')]
}
