/** 收益分配: how a year's collective income was shared out, per person and per household. */
import { z } from 'zod'
import { BudgetYear } from './budget'
import { Fen, Id, OptText, Publication, Text } from './common'

/** One use of the year's income: 提取公积公益金, 村民分红, 福利费 … */
export const DistributionItem = z.object({
  name: Text(30, '分配项目'),
  amountFen: Fen,
  note: OptText(100, '说明'),
})
export type DistributionItem = z.infer<typeof DistributionItem>

export const DistributionInput = z.object({
  year: BudgetYear,
  title: Text(60, '标题'),
  /** 可分配收益 for the year. */
  distributableFen: Fen,
  items: z.array(DistributionItem).min(1, '至少填写一项分配').max(30),
  persons: z.number().int().min(0).max(1_000_000).default(0),
  households: z.number().int().min(0).max(1_000_000).default(0),
  perPersonFen: Fen.default(0),
  perHouseholdFen: Fen.default(0),
  /** How the share was decided and paid (村民代表会议决议, 打卡发放 …). */
  note: OptText(500, '说明'),
})
export type DistributionInput = z.infer<typeof DistributionInput>

export const Distribution = Publication.extend(DistributionInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Distribution = z.infer<typeof Distribution>

export interface DistributionView {
  id: string
  year: number
  title: string
  distributableFen: number
  items: DistributionItem[]
  /** Sum of the items. */
  distributedFen: number
  /** distributable − distributed (kept for next year when positive). */
  remainingFen: number
  persons: number
  households: number
  perPersonFen: number
  perHouseholdFen: number
  note: string
  publishedAt: string
  /** Set when this plan corrects an earlier published one (已更正): why, when, and that version. */
  correction?: { reason: string; at: string; earlier: Omit<DistributionView, 'correction'> }
}
