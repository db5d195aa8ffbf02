import { plainYuan } from '../../../../../contract'
import type { Bar } from '../../../components/section/bars'

/**
 * 预算 above 已支出, each with its amount in words; spent is striped, and drawn in the attention
 * colour only when it is over the budget (ProjectMoney says so in words as well).
 */
export function spentBars(
  budgetFen: number,
  spentFen: number,
  words: { budget: string; spent: string },
): Bar[] {
  return [
    {
      key: 'budget',
      label: words.budget,
      amount: plainYuan(budgetFen),
      fen: budgetFen,
      tone: 'budget',
    },
    {
      key: 'spent',
      label: words.spent,
      amount: plainYuan(spentFen),
      fen: spentFen,
      tone: spentFen > budgetFen ? 'over' : 'spent',
    },
  ]
}
