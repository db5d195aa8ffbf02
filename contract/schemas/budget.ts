/** 财务计划: the year's planned income and expense by category, checked against the ledger. */
import { z } from 'zod'
import { CATEGORY_CODES, type CategoryCode } from '../categories'
import { Fen, Id, OptText, Publication } from './common'
import { Direction } from './ledger'

export const BudgetYear = z
  .number({ error: '请填写年度' })
  .int('年度必须是整数')
  .min(2000, '年度不在2000到2100之间')
  .max(2100, '年度不在2000到2100之间')

/** One planned line; an empty item covers the whole category in that direction. */
export const BudgetLineInput = z.object({
  year: BudgetYear,
  direction: Direction,
  category: z.enum(CATEGORY_CODES, { error: '请选择科目类别' }),
  item: OptText(30, '明细科目'),
  plannedFen: Fen,
  note: OptText(200, '说明'),
})
export type BudgetLineInput = z.infer<typeof BudgetLineInput>

export const BudgetLine = Publication.extend(BudgetLineInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type BudgetLine = z.infer<typeof BudgetLine>

/** One line of 计划与执行: planned and actual side by side, never added together. */
export interface BudgetLineView {
  id: string
  direction: 'income' | 'expense'
  category: CategoryCode
  categoryName: string
  item: string
  note: string
  plannedFen: number
  /** From the current lines of published period sheets dated in the year. */
  actualFen: number
  /** actual − planned (negative: not yet reached / under budget). */
  diffFen: number
  /** actual / planned in whole percent; null when nothing was planned. */
  percent: number | null
  /** An expense line whose actual exceeds its plan (shown in red with words). */
  over: boolean
  /** Set when this line corrects an earlier published one (已更正): why, when, what it planned. */
  correction?: BudgetCorrection
}

/** 已更正 on a plan line: the reason, when the correction was signed, the line it replaced. */
export interface BudgetCorrection {
  reason: string
  at: string
  earlier: { year: number; categoryName: string; item: string; plannedFen: number; note: string }
}

/** Planned vs actual for one direction; two separate sums, never one. */
export interface BudgetTotals {
  plannedFen: number
  actualFen: number
}

export interface BudgetView {
  year: number
  /** Years that have published budget lines, newest first (for the year picker). */
  years: number[]
  income: BudgetLineView[]
  expense: BudgetLineView[]
  incomeTotals: BudgetTotals
  expenseTotals: BudgetTotals
  /** Last day covered by a published sheet in that year ('' when none): "执行数截至…". */
  actualThrough: string
  lastUpdated: string
}
