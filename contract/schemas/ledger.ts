import { z } from 'zod'
import { AttachmentName } from './attachments'
import { CATEGORY_CODES, isItemOf, type CategoryCode } from '../categories'
import { periodContains } from '../period'
import { PeriodKey } from './period-key'
import { Fen, Id, IsoDate, IsoDateTime, OptText, PersonRef, Publication, Text } from './common'

export const Direction = z.enum(['income', 'expense'])
export type Direction = z.infer<typeof Direction>

/** What a clerk types for one ledger line (逐项逐笔). */
export const LedgerEntryInput = z
  .object({
    period: PeriodKey,
    date: IsoDate,
    voucherNo: Text(20, '凭证号'),
    summary: Text(100, '摘要'),
    category: z.enum(CATEGORY_CODES, { error: '请选择科目类别' }),
    item: Text(30, '明细科目'),
    direction: Direction,
    amountFen: Fen.refine((n) => n > 0, { message: '金额必须大于零' }),
    counterparty: OptText(50, '往来单位或个人'),
    handler: OptText(20, '经手人'),
    projectId: Id.optional(),
    attachments: z.array(AttachmentName).max(20, '凭证照片最多 20 个').default([]),
  })
  .refine((e) => periodContains(e.period, e.date), {
    message: '日期不在所选期间内',
    path: ['date'],
  })
  .refine((e) => isItemOf(e.category as CategoryCode, e.item), {
    message: '明细科目不属于所选类别',
    path: ['item'],
  })
export type LedgerEntryInput = z.infer<typeof LedgerEntryInput>

export const LedgerEntry = z.object({
  id: Id,
  period: PeriodKey,
  date: IsoDate,
  voucherNo: z.string(),
  summary: z.string(),
  category: z.enum(CATEGORY_CODES),
  item: z.string(),
  direction: Direction,
  amountFen: Fen,
  counterparty: z.string(),
  handler: z.string(),
  projectId: Id.optional(),
  /** The township book's 会计科目 of an imported line (经营收入—租赁收入), for the export back. */
  subject: z.string().optional(),
  attachments: z.array(z.string()),
  createdAt: IsoDateTime,
  createdBy: PersonRef,
  /** Others who changed the line before it was signed: none of them may sign it either. */
  editedBy: z.array(PersonRef).optional(),
  /** A correction replaces a published entry; both stay on record. */
  supersedes: Id.optional(),
  correctionReason: z.string().optional(),
  supersededBy: Id.optional(),
  /** A waiting correction the 监委 sent back: what to fix, by whom and when (cleared on resubmit). */
  returnComment: z.string().optional(),
  returnedAt: IsoDateTime.optional(),
  returnedBy: PersonRef.optional(),
  /** The 监委 signature under this line: set when its sheet (or, for a correction, it) is published. */
  publishedAt: IsoDateTime.optional(),
  publishedBy: PersonRef.optional(),
})
export type LedgerEntry = z.infer<typeof LedgerEntry>

/** A period's sheet: what the 监委 signs and the public sees, all entries at once. */
export const PeriodSheet = Publication.extend({
  key: PeriodKey,
  note: z.string().default(''),
  /** Who sent it back and when, and the lines the 监委 named, so the clerk knows what to fix. */
  returnedAt: IsoDateTime.optional(),
  returnedBy: PersonRef.optional(),
  returnedEntries: z.array(Id).optional(),
  /** The 大额 line in force when the 监委 signed: a later setting never re-marks a signed sheet. */
  largeExpenseFen: Fen.optional(),
})
export type PeriodSheet = z.infer<typeof PeriodSheet>

export interface CategoryTotal {
  category: CategoryCode
  name: string
  incomeFen: number
  expenseFen: number
  count: number
}

/** What a published correction says publicly: why, when it was signed, and the line it replaced. */
export interface EntryCorrection {
  reason: string
  at: string
  signedBy?: string
  previous: Pick<
    LedgerEntry,
    | 'id'
    | 'date'
    | 'voucherNo'
    | 'summary'
    | 'item'
    | 'direction'
    | 'amountFen'
    | 'counterparty'
    | 'handler'
  > & { categoryName: string }
  /**
   * On a line at 0元: what it last carried before it was voided. `previous` alone says 0元
   * when a voided line was corrected again (its summary fixed), 作废 原¥0.00 to a villager.
   */
  voided?: Pick<LedgerEntry, 'amountFen' | 'direction'>
}

export interface LedgerEntryView extends LedgerEntry {
  categoryName: string
  projectName?: string
  large: boolean
  /** Set on a published correction (已更正). */
  correction?: EntryCorrection
  /** Set on a replaced line: when its correction was signed. */
  supersededAt?: string
}

export interface PeriodSummary {
  key: string
  label: string
  kind: 'month' | 'quarter'
  incomeFen: number
  expenseFen: number
  entryCount: number
  publishedAt?: string
  signedBy?: string
}

export { SHEET_PAGE, SHEET_PAGE_MAX } from '../page-sizes'

/**
 * A published sheet. Totals, category totals and `entryCount` are always over the whole period;
 * `entries` holds its first SHEET_PAGE lines in sheet order (every line when asked with `all`,
 * as the printed 公开表 is), the rest come from `ledger.sheetEntries`.
 */
export interface PeriodSheetView extends PeriodSummary {
  from: string
  to: string
  status: PeriodSheet['status']
  balanceFen: number
  totals: CategoryTotal[]
  entries: LedgerEntryView[]
  largeExpenseFen: number
  /** Latest change to this sheet or its entries. */
  lastUpdated: string
}

/** Further lines of a published sheet, from `offset` in sheet order. */
export interface SheetEntriesPage {
  period: string
  offset: number
  entries: LedgerEntryView[]
  /** Lines in the whole sheet now, so the screen knows whether more remain. */
  entryCount: number
}
