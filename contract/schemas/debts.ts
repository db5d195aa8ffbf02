/** 债权债务: what others owe the village and what it owes or has borrowed. */
import { z } from 'zod'
import { DEBT_KINDS } from '../enums'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'

export const DebtKind = z.enum(DEBT_KINDS, { error: '请选择类别（应收、应付或借入）' })
export type DebtKind = z.infer<typeof DebtKind>

export const DEBT_STATUSES = ['未结清', '部分结清', '已结清'] as const
export const DebtStatus = z.enum(DEBT_STATUSES, { error: '请选择结清情况' })
export type DebtStatus = z.infer<typeof DebtStatus>

export const DebtInput = z
  .object({
    counterparty: Text(60, '对方单位或个人'),
    kind: DebtKind,
    amountFen: Fen.refine((n) => n > 0, { message: '金额必须大于零' }),
    date: IsoDate,
    due: IsoDate.optional(),
    /** 结清情况 (named apart from the workflow's status). */
    settlement: DebtStatus,
    /** Already paid back or received. */
    settledFen: Fen.default(0),
    /** 事由: why it arose (not `reason`, which a correction's 更正原因 uses). */
    cause: OptText(200, '事由'),
  })
  .refine((d) => !d.due || d.due >= d.date, { message: '到期日不能早于发生日', path: ['due'] })
  .refine((d) => d.settledFen <= d.amountFen, {
    message: '已结清金额不能大于总金额',
    path: ['settledFen'],
  })
export type DebtInput = z.infer<typeof DebtInput>

export const Debt = Publication.extend({
  counterparty: z.string(),
  kind: DebtKind,
  amountFen: Fen,
  date: IsoDate,
  due: IsoDate.optional(),
  settlement: DebtStatus,
  settledFen: Fen,
  cause: z.string(),
  id: Id,
  updatedAt: z.string(),
})
export type Debt = z.infer<typeof Debt>

export interface DebtView {
  id: string
  counterparty: string
  kind: DebtKind
  amountFen: number
  date: string
  due?: string
  status: DebtStatus
  settledFen: number
  /** amount − settled; 0 once 已结清. */
  openFen: number
  /** 事由: why the debt arose (named apart from a correction's reason). */
  cause: string
  /** Not settled and past its due date. */
  overdue: boolean
  /** Set when this row corrects an earlier published one (已更正): why, when, and that version. */
  correction?: { reason: string; at: string; earlier: Omit<DebtView, 'correction'> }
}

/** Open (not 已结清) amounts per kind; kinds are never summed into one figure. */
export interface DebtTotal {
  kind: DebtKind
  openFen: number
  openCount: number
}

export interface DebtsView {
  items: DebtView[]
  totals: DebtTotal[]
  lastUpdated: string
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { DEBT_KINDS } from '../enums'
