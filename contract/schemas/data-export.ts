/** Carrying records out: ledger files for the township and the 公开表 as a PDF for the paper board. */
import { z } from 'zod'
import { PeriodKey } from './period-key'

/** A year or one period of published lines. */
export const LedgerExportInput = z.union([
  z.object({ year: z.number().int().min(2000, '年份不对').max(2100, '年份不对') }).strict(),
  z.object({ period: PeriodKey }).strict(),
])
export type LedgerExportInput = z.infer<typeof LedgerExportInput>

export const PAPER_SIZES = ['A4', 'A3'] as const
export const Paper = z.enum(PAPER_SIZES, { error: '纸张只能是 A4 或 A3' })
export type Paper = z.infer<typeof Paper>

export const SheetPdfInput = z.object({ period: PeriodKey, paper: Paper.default('A4') }).strict()
export type SheetPdfInput = z.infer<typeof SheetPdfInput>

/** A file made in core, handed to the renderer to save (a download: Electron asks where). */
export interface ExportFile {
  fileName: string
  mime: string
  bytesBase64: string
  /** Lines in the file, so the screen can say what was exported. */
  rows: number
}
