/** The village's own 会计科目 → public category table: what the clerk answered once, kept. */
import { z } from 'zod'
import { CATEGORY_CODES, isItemOf, type CategoryCode } from '../categories'
import { Text, type PersonRef } from './common'

/**
 * A book's subject as the import asked about it (spaces and codes removed): typed text like any
 * other, so no control characters (a direction override) and no letter buried under marks.
 */
export const SubjectText = Text(60, '会计科目')

/** The clerk's answer: the subject counts as this category and sub-item. */
export const SubjectAnswer = z
  .object({
    subject: SubjectText,
    category: z.enum(CATEGORY_CODES, { error: '请选择类别' }),
    item: z.string().trim().min(1, '请选择明细科目').max(30),
  })
  .strict()
  .refine((a) => isItemOf(a.category as CategoryCode, a.item), {
    message: '明细科目不属于所选类别',
    path: ['item'],
  })
export type SubjectAnswer = z.infer<typeof SubjectAnswer>

/** One remembered answer as stored (journaled like any change). */
export interface LearnedSubject {
  subject: string
  category: CategoryCode
  item: string
  savedAt: string
  savedBy: PersonRef
}

/** A subject of 《农村集体经济组织会计制度》 and where the kiosk puts it. */
export interface StandardSubject {
  code: string
  name: string
  /** cash: 库存现金/银行存款, the other side of a voucher, never a public line. */
  kind: 'cash' | 'income' | 'expense' | 'other'
  category: CategoryCode | null
  item: string | null
}

/** The table the clerk sees: the village's answers and the standard subjects beside them. */
export interface SubjectTable {
  learned: LearnedSubject[]
  standard: StandardSubject[]
}
