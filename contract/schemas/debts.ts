/** 债权债务: what others owe the village and what it owes or has borrowed. */
import { z } from 'zod'
import { DEBT_KINDS } from '../enums'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'

export const DebtKind = z.enum(DEBT_KINDS, { error: '请选择类别（应收、应付或借入）' })
export type DebtKind = z.infer<typeof DebtKind>

export const DEBT_STATUSES = ['未结清', '部分结清', '已结清'] as const
export const DebtStatus = z.enum(DEBT_STATUSES, { error: '请选择结清情况' })
export type DebtStatus = z.infer<typeof DebtStatus>

type Settled = { settlement: DebtStatus; amountFen: number; settledFen: number }

/**
 * 结清情况 must say what 已结清金额 says: the public open total is amount − settled, so a loan
 * marked 已结清 with nothing paid back cannot drop out of it. Over-settled is reported apart.
 */
function settlementMismatch(d: Settled): { field: keyof Settled; message: string } | null {
  const { settlement, amountFen, settledFen } = d
  if (settledFen > amountFen) return null
  if (settlement === '已结清' && settledFen < amountFen)
    return { field: 'settledFen', message: '已结清的，已结清金额应等于总金额' }
  if (settlement === '部分结清' && settledFen === 0)
    return { field: 'settledFen', message: '部分结清的，请填写已经结清了多少' }
  if (settlement !== '已结清' && settledFen === amountFen)
    return { field: 'settlement', message: '已结清金额等于总金额，结清情况应选“已结清”' }
  if (settlement === '未结清' && settledFen > 0)
    return { field: 'settlement', message: '已经结清了一部分，结清情况应选“部分结清”' }
  return null
}

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
  .superRefine((d, ctx) => {
    const e = settlementMismatch(d)
    if (e) ctx.addIssue({ code: 'custom', message: e.message, path: [e.field] })
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
  /** amount − settled (0 once 已结清: settled then equals the amount). */
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
