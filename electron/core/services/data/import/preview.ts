/**
 * From the file's bytes to the preview the clerk checks: which sheet, which header row, which
 * column is what, and every row read or skipped with its problems. Pure apart from progress.
 */
import { periodLabel } from '../../../../../contract'
import type {
  ImportFileInput,
  ImportPreview,
  ImportRow,
} from '../../../../../contract/schemas/data-import'
import {
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  PREVIEW_OK_ROWS,
} from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { cellText, isBlankRow, type Cell, type Grid } from './cells'
import { cutAmount, textAt } from './money'
import { CsvTooBig, parseCsv } from './csv'
import { bookYearOf, guessMapping, isHeaderAgain, shapeOf } from './header'
import { periodSplit, tally } from './split'
import { CASH_SIDE, readRow, type PeriodGate } from './rows'
import type { LearnedMap } from './resolve'
import { isNotEntry, notEntryReason, skipReason, type EntryColumns } from './skip'
import { uncomputedRows } from './formulas'
import { hiddenCellRows } from './hidden-cells'
import { numberColumn, withWord, wordColumn } from './voucher-word'
import { continueVoucher, dropNonCashVouchers, settleVouchers, type VoucherRow } from './vouchers'
import { sniffFile } from './sniff'
import { decodeText } from './text'
import { isHtmlTable, readHtmlTable } from './html-table'
import { isSpreadsheetMl, readSpreadsheetMl } from './spreadsheet-ml'
import { readXls } from './xls'
import { readWorkbook, tooManyColumns, tooManyRows } from './xlsx'
import { hiddenColumnProblems, mappingProblems, mergedMoneyProblems, unitProblems } from './mapping'
import { cols, isVoucherExport, otherBooks, pickSheet } from './layout'
import { noteColumn, voidedOutcome } from './voided'

/** Told how far the work is, so a large file shows a moving bar. */
export type OnProgress = (step: string, done: number, total: number) => void

export interface ParsedFile {
  kind: 'xlsx' | 'xls' | 'xml' | 'html' | 'csv'
  encoding?: string
  grids: Grid[]
}

/** The CSV's rows, refused in plain words past the rows or columns a ledger ever needs. */
function csvRows(text: string): string[][] {
  try {
    return parseCsv(text, { rows: IMPORT_MAX_ROWS, columns: IMPORT_MAX_COLUMNS })
  } catch (e) {
    if (!(e instanceof CsvTooBig)) throw e
    throw new ApiFailure('BAD_INPUT', e.what === 'rows' ? tooManyRows('文件') : tooManyColumns())
  }
}

/** Sniffs and reads the file into grids; refuses what is not a readable spreadsheet. */
export async function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  const kind = sniffFile(bytes)
  if (kind === 'xlsx') return { kind, grids: await readWorkbook(bytes) }
  if (kind === 'xls') return { kind, grids: readXls(bytes) }
  const { text, encoding } = decodeText(bytes)
  if (isSpreadsheetMl(text)) return { kind: 'xml', encoding, grids: readSpreadsheetMl(text) }
  if (isHtmlTable(text)) return { kind: 'html', encoding, grids: readHtmlTable(text) }
  const rows = csvRows(text)
  return { kind: 'csv', encoding, grids: [{ name: '', rows }] }
}

export interface PreviewContext {
  today: string
  periodMode: 'month' | 'quarter'
  gate: PeriodGate
  /** Voucher numbers live lines of a period already use (periods.ts `usedVouchers`). */
  usedVouchers: (period: string) => ReadonlySet<string>
  /** Whether a quarter's lines carry their month already (10月记-1: periods.ts `storedByMonth`). */
  storedByMonth: (period: string) => boolean
  learned: LearnedMap
  onProgress?: OnProgress
}

const CHUNK = 500
const HIDDEN_ROW = '在表格里是隐藏的行，没有导入'
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Builds the whole preview; rows are read in chunks so progress can be reported between them. */
export async function buildPreview(
  file: ParsedFile,
  input: ImportFileInput,
  ctx: PreviewContext,
): Promise<ImportPreview> {
  const { grid, header } = pickSheet(file, input)
  const fileRows = grid.rows.slice(header.row + 1)
  const mapping =
    input.mapping ?? numberColumn(guessMapping(header.labels), header.labels, fileRows)
  // 凭证 in two columns (字 | 号) is read as one number (收-1); the file shows it as it is.
  const word = wordColumn(mapping, header.labels, fileRows)
  const data = word === null ? fileRows : fileRows.map((r) => withWord(r, word, mapping.voucherNo!))
  const problems = [
    ...mappingProblems(mapping, header.labels.length),
    ...unitProblems(mapping, header.labels, grid.rows.slice(0, header.row)),
    ...mergedMoneyProblems(mapping, header.labels, grid.mergedDown ?? [], header.row + 1),
    ...hiddenColumnProblems(mapping, header.labels, grid.hiddenColumns ?? []),
  ]
  const hidden = new Set(grid.hiddenRows ?? [])
  const uncomputed = uncomputedRows(grid, mapping, header.labels)
  const hiddenCells = hiddenCellRows(grid, mapping, header.labels)
  if (data.every(isBlankRow)) throw new ApiFailure('BAD_INPUT', '表头下面没有任何账目')
  const watched = cols(mapping.date, mapping.month, mapping.voucherNo, mapping.summary).concat(0)
  const entryCols: EntryColumns = {
    dated: cols(mapping.date, mapping.month),
    voucher: cols(mapping.voucherNo),
    amounts: cols(mapping.income, mapping.expense, mapping.amount),
    described: cols(mapping.summary, mapping.subject),
  }
  const rowCtx = {
    mapping,
    labels: header.labels,
    ...(input.period ? { period: input.period } : {}),
    periodMode: ctx.periodMode,
    today: ctx.today,
    gate: ctx.gate,
    learned: ctx.learned,
    voucherExport: isVoucherExport(data, mapping, header.labels),
    directionBySubject: shapeOf(mapping, header.labels) === 'debit-credit',
    ...bookYearOf(grid.rows.slice(0, header.row + 1), mapping, hidden),
  }
  const note = noteColumn(header.labels)
  const read: VoucherRow[] = []
  // Hidden rows above the header (a web page's hidden first table, never its header: findHeader)
  // are listed as hidden rows below it are: not imported, and the clerk is told so.
  let above = 0
  for (let r = 0; r < header.row; r++) {
    const cells = grid.rows[r] ?? []
    if (!hidden.has(r) || isBlankRow(cells)) continue
    const values = cells.map(cellText)
    const row: ImportRow = {
      line: r + 1,
      values,
      kind: 'skipped',
      skipReason: HIDDEN_ROW,
      errors: [],
    }
    read.push({ row, voucher: '', entryLike: false })
    above++
  }
  let lastFilled = data.length - 1
  while (lastFilled >= 0 && isBlankRow(data[lastFilled]!)) lastFilled--
  let previous: Cell[] | null = null
  for (let i = 0; i < data.length; i++) {
    if (i % CHUNK === 0) {
      ctx.onProgress?.('正在逐行检查', i, data.length)
      if (i > 0) await yieldNow()
    }
    const line = header.row + 2 + i
    const values = fileRows[i]!.map(cellText)
    const cells: Cell[] = continueVoucher(data[i]!, previous, mapping) ?? data[i]!
    previous = null
    // One voucher's lines share its number and date (a later line with the number is a repeat).
    // By the text stored ('0012 is 0012), not the cell as typed.
    const number = textAt(cells, mapping, 'voucherNo')
    const voucher = number ? `${number}\u0000${textAt(cells, mapping, 'date')}` : ''
    // Our own export's voided line: skipped and counted (before the 签字行 test: its 备注 may
    // name the 监委); a 作废 beside an amount is refused below.
    const voided = voidedOutcome(cells, mapping, note)
    const voidedSkip = voided && 'skip' in voided ? voided.skip : null
    // A formula without its result leaves the cell empty, a hidden cell holds what nobody sees:
    // the row says so, unless it is a total.
    const formula = uncomputed.get(header.row + 1 + i) ?? hiddenCells.get(header.row + 1 + i)
    const found = hidden.has(header.row + 1 + i)
      ? HIDDEN_ROW
      : isHeaderAgain(cells, header.labels)
        ? '重复的表头'
        : // A line continuing a voucher has its number: 合计支付… there is a line, not a total.
          (voidedSkip ?? skipReason(cells, watched, mapping) ?? notEntryReason(cells, entryCols))
    const skip = formula && isNotEntry(found) ? null : found
    if (skip) {
      // Trailing blank rows of a sheet are not worth a line in the preview.
      if (skip !== '空行' || i < lastFilled) {
        const row: ImportRow = {
          line,
          values,
          kind: 'skipped',
          skipReason: skip,
          errors: [],
          ...(skip === voidedSkip ? { voided: true as const } : {}),
        }
        read.push({ row, voucher, entryLike: false })
      }
      continue
    }
    // An amount a CSV's comma cut in two shifts the rest of the line: only that is said.
    const cut =
      file.kind === 'csv' ? cutAmount(cells, mapping, header.labels.length, header.labels) : null
    const out = cut
      ? { errors: [cut] }
      : formula
        ? { errors: [formula] }
        : voided && 'error' in voided
          ? { errors: [voided.error] }
          : readRow(cells, rowCtx)
    const row: ImportRow = out.skip
      ? { line, values, kind: 'skipped', skipReason: out.skip, errors: [] }
      : {
          line,
          values,
          kind: 'entry',
          ...(out.entry ? { entry: out.entry } : {}),
          ...(out.ask ? { ask: out.ask } : {}),
          errors: out.errors,
        }
    read.push({ row, voucher, entryLike: true })
    previous = cells
  }
  // Only where the file shows its cash lines: our own township export has none, and every
  // line of it is a 收支.
  const cashLine = (r: ImportRow) => r.skipReason === CASH_SIDE
  if (rowCtx.voucherExport && read.some((r) => cashLine(r.row))) dropNonCashVouchers(read, cashLine)
  settleVouchers(read, ctx.usedVouchers, ctx.storedByMonth)
  ctx.onProgress?.('检查完成', data.length, data.length)
  const rows = read.map((r) => r.row)
  const voidedRows = rows.filter((r) => r.voided).length
  const counts = {
    ...tally(rows, data.length - (rows.length - above)),
    ...(voidedRows ? { voided: voidedRows } : {}),
  }
  const questions = [...new Set(rows.flatMap((r) => (r.ask && !r.errors.length ? [r.ask] : [])))]
  if (counts.entries + counts.withErrors + counts.waiting === 0) {
    problems.push('没有找到可以导入的账目行')
  }
  const periods = periodSplit(rows, ctx.gate)
  const others = otherBooks(file, grid)
  return {
    fileName: input.fileName,
    kind: file.kind,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    sheets: file.grids.map((g) => g.name).filter(Boolean),
    ...(grid.name ? { sheet: grid.name } : {}),
    ...(others.length ? { otherBooks: others } : {}),
    ...(input.period ? { period: input.period } : {}),
    periodLabel: input.period
      ? periodLabel(input.period)
      : periods.map((p) => p.label).join('、') || '按日期分期',
    periods,
    questions,
    headerRow: header.row + 1,
    columns: header.labels.map((label, index) => ({ index, label: label || `第${index + 1}列` })),
    mapping,
    shape: shapeOf(mapping, header.labels),
    rows,
    omitted: 0,
    counts,
    problems,
    canCommit:
      problems.length === 0 &&
      counts.withErrors === 0 &&
      counts.waiting === 0 &&
      counts.entries > 0,
  }
}

/** The preview as the screen gets it: every problem and skip, but only the first fine rows. */
export function forScreen(p: ImportPreview): ImportPreview {
  let shown = 0
  const rows = p.rows.filter(
    (r) => r.kind === 'skipped' || r.errors.length > 0 || !!r.ask || ++shown <= PREVIEW_OK_ROWS,
  )
  return { ...p, rows, omitted: p.rows.length - rows.length }
}
