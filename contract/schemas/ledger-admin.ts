/** What cadres send and see while keeping the books: drafts, sheets under review, corrections. */
import { z } from 'zod'
import { PeriodKey } from './period-key'
import { Fen, Id, Text, type Status } from './common'
import { LedgerEntryInput } from './ledger'
import type { CategoryTotal, LedgerEntry, PeriodSheet } from './ledger'

/** One line saved as a draft; with an id it replaces that draft, without one it is new. */
export const SaveEntryInput = LedgerEntryInput.safeExtend({ id: Id.optional() })
export type SaveEntryInput = z.infer<typeof SaveEntryInput>

/**
 * The new values of a published line and why it is corrected; the period stays the line's own.
 * 0元 is allowed here only: a line that should never have been recorded (the same payment
 * entered twice) cannot be deleted once public, so it is corrected to nothing, with its reason.
 */
export const CorrectedLine = LedgerEntryInput.safeExtend({ amountFen: Fen })
export const CorrectEntryInput = CorrectedLine.safeExtend({
  id: Id,
  reason: Text(200, '更正原因'),
})
export type CorrectEntryInput = z.infer<typeof CorrectEntryInput>

/** The 监委 sends a waiting correction back with words the clerk will read. */
export const ReturnCorrectionInput = z.object({ id: Id, comment: Text(300, '退回意见') }).strict()

export const PeriodInput = z.object({ period: PeriodKey }).strict()
export const EntryIdInput = z.object({ id: Id }).strict()

/** The 监委 sends a sheet back with words the clerk will read, optionally naming the lines. */
export const ReturnSheetInput = z
  .object({
    period: PeriodKey,
    comment: Text(500, '退回意见'),
    entryIds: z.array(Id).max(500).default([]),
  })
  .strict()

/** Where a line stands: its sheet's status, or its place in a correction. */
export type EntryState =
  'draft' | 'submitted' | 'returned' | 'published' | 'correction-pending' | 'superseded'

/** A line as cadres see it, drafts included. */
export interface AdminEntryView extends LedgerEntry {
  categoryName: string
  projectName?: string
  large: boolean
  state: EntryState
  /** Named by the 监委 when the sheet was returned. */
  flagged: boolean
  /** A correction of this line waiting for sign-off. */
  pendingCorrectionId?: string
}

/** Everything the 账目 screen needs for one period, whatever its state. */
export interface LedgerDraftsView {
  period: string
  label: string
  kind: 'month' | 'quarter'
  from: string
  to: string
  /** How this village closes its books; a period of the other kind cannot be opened. */
  periodMode: 'month' | 'quarter'
  /** null until the clerk opens the period. */
  sheet: PeriodSheet | null
  /** Every line, replaced and pending ones included, in sheet order. */
  entries: AdminEntryView[]
  /** Sums over the lines that count: all drafts, or the current published lines. */
  incomeFen: number
  expenseFen: number
  balanceFen: number
  count: number
  totals: CategoryTotal[]
  largeExpenseFen: number
}

/** One sheet in a list of periods (the period picker, the sign-off queue). */
export interface SheetListItem {
  key: string
  label: string
  kind: 'month' | 'quarter'
  status: PeriodSheet['status']
  entryCount: number
  incomeFen: number
  expenseFen: number
  submittedAt?: string
  submittedBy?: string
  returnComment?: string
  publishedAt?: string
  publishedBy?: string
  pendingCorrections: number
}

/** The periods screen: every sheet, and the periods a clerk could open now. */
export interface LedgerSheetsView {
  periodMode: 'month' | 'quarter'
  /** The village's calendar day by core's clock. */
  today: string
  sheets: SheetListItem[]
  /** Recent periods of the village's kind with no sheet and no overlap, newest first. */
  openable: Array<{ key: string; label: string }>
}

/** A correction waiting for a 监委 signature, shown beside the line it replaces. */
export interface PendingCorrection {
  period: string
  periodLabel: string
  correction: AdminEntryView
  original: AdminEntryView
}

/** What waits for someone: sheets to sign, sheets sent back, corrections to sign or to fix. */
export interface LedgerPending {
  submitted: SheetListItem[]
  returned: SheetListItem[]
  /** Corrections waiting for a 监委 signature. */
  corrections: PendingCorrection[]
  /** Corrections the 监委 sent back, each with its returnComment, for the clerk to fix. */
  returnedCorrections: PendingCorrection[]
}

/** A project a line may be linked to. */
export interface ProjectChoice {
  id: string
  name: string
  status: Status
}
