/** Bringing a spreadsheet of ledger lines in: what the clerk sends and the preview they check. */
import { z } from 'zod'
import type { CategoryCode } from '../categories'
import { PeriodKey } from './period-key'
import type { Direction } from './ledger'

/** Files above this are refused before any parsing: a village ledger is far smaller. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
/** Rows above this are refused: split the file by month instead. */
export const IMPORT_MAX_ROWS = 20_000
/** Content further right than this is refused: no ledger has that many columns. */
export const IMPORT_MAX_COLUMNS = 200
/** Rows read fine that the preview lists; the rest are counted (problems are always listed). */
export const PREVIEW_OK_ROWS = 300
export const IMPORT_TOO_BIG = '文件太大（超过 10 MB），请按月份拆成几个文件后再导入'

/** Columns the importer understands; a mapping says which column (0-based) holds each. */
export const IMPORT_FIELDS = [
  'date',
  'year',
  'month',
  'day',
  'voucherNo',
  'summary',
  'subject',
  'category',
  'income',
  'expense',
  'amount',
  'direction',
  'handler',
  'counterparty',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

const Column = z.number().int().min(0).max(200).nullable()
/** Which column holds which field; null or missing means "not in this file". */
export const ImportMapping = z.partialRecord(z.enum(IMPORT_FIELDS), Column)
export type ImportMapping = z.infer<typeof ImportMapping>

/** A file the clerk picked, read as bytes by the renderer (works in Electron and the test host). */
export const ImportFileInput = z
  .object({
    fileName: z.string().trim().min(1, '请选择文件').max(200, '文件名太长'),
    // base64 of at most IMPORT_MAX_BYTES, plus a little slack for padding.
    bytesBase64: z.string().max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 8, IMPORT_TOO_BIG),
    /** The period to import into; missing means "each row into the period of its date". */
    period: PeriodKey.optional(),
    /** Worksheet name (xlsx); the first one with a header row when missing. */
    sheet: z.string().max(100).optional(),
    /** 1-based row of the header, when the clerk corrects the guess. */
    headerRow: z.number().int().min(1).max(1000).optional(),
    mapping: ImportMapping.optional(),
  })
  .strict()
export type ImportFileInput = z.infer<typeof ImportFileInput>

/** One line as it would be saved (a draft of the chosen period). */
export interface ImportedLine {
  /** The period the line goes into (the chosen one, or the one its date falls in). */
  period: string
  date: string
  voucherNo: string
  summary: string
  category: CategoryCode
  categoryName: string
  item: string
  direction: Direction
  amountFen: number
  handler: string
  counterparty: string
  /** The book's own 会计科目 as written (经营收入—租赁收入), kept for the export back. */
  subject?: string
}

/** One row of the file: a line to import, or a row skipped on purpose (合计, blank…). */
export interface ImportRow {
  /** Row number as the clerk sees it in Excel (or the record number of a CSV). */
  line: number
  values: string[]
  kind: 'entry' | 'skipped'
  skipReason?: string
  entry?: ImportedLine
  /** Chinese, one per problem; a row with errors blocks the whole import. */
  errors: string[]
  /** A 会计科目 the village has not placed yet: the preview asks which category it is. */
  ask?: string
  /** Skipped as a line our own export wrote as voided (作废, corrected to 0元). */
  voided?: true
}

/** One period the file's lines go into: opened as a draft by the import when it is new. */
export interface ImportPeriod {
  key: string
  label: string
  isNew: boolean
  entries: number
  incomeFen: number
  expenseFen: number
}

export type ImportShape = 'income-expense' | 'debit-credit' | 'amount-direction' | 'unknown'

export interface ImportCounts {
  entries: number
  withErrors: number
  /** Rows waiting for the clerk to say which category their 会计科目 is. */
  waiting: number
  skipped: number
  /** Of the skipped rows, lines our own export wrote as voided (作废, 0元); missing when none. */
  voided?: number
  incomeFen: number
  expenseFen: number
}

/** What the clerk checks before importing: the guessed layout, every row and its problems. */
export interface ImportPreview {
  fileName: string
  /**
   * xls: Excel 97–2003; xml: Excel 2003 XML; html: a web page's table saved as .xls (what many
   * platforms' 导出Excel gives).
   */
  kind: 'xlsx' | 'xls' | 'xml' | 'html' | 'csv'
  /** CSV and web pages: the text encoding found (UTF-8, GB18030, UTF-16). */
  encoding?: string
  sheets: string[]
  sheet?: string
  /**
   * Other shown sheets that hold a book too (a header with rows under it: 2月, 3月 beside 1月):
   * not imported with this one, so the screen says so instead of leaving them unseen.
   */
  otherBooks?: string[]
  /** The chosen period, or missing when rows go to the periods of their dates. */
  period?: string
  periodLabel: string
  /** Where the lines go, period by period (a quarter's file in a monthly village splits). */
  periods: ImportPeriod[]
  /** 会计科目 the clerk still has to place (each asked once), in the file's order. */
  questions: string[]
  headerRow: number
  columns: Array<{ index: number; label: string }>
  mapping: ImportMapping
  shape: ImportShape
  /** Every row with a problem or skipped; rows read fine only up to PREVIEW_OK_ROWS. */
  rows: ImportRow[]
  /** Rows read fine but not listed, so a large book stays quick to show. */
  omitted: number
  counts: ImportCounts
  /** Problems with the layout as a whole (a required column not chosen…). */
  problems: string[]
  canCommit: boolean
}

/** What an import did: how many drafts now exist and the journal entry that holds them. */
export interface ImportResult {
  /** The first period written (the screen links to it). */
  period: string
  /** Every period written, with its line count; `opened` ones did not exist before. */
  periods: Array<{ key: string; imported: number }>
  opened: string[]
  imported: number
  /** Lines our own export wrote as voided (作废, 0元), skipped; missing when none. */
  voided?: number
  incomeFen: number
  expenseFen: number
  seq: number
}
