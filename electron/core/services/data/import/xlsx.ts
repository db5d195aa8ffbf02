/** .xlsx to grids with exceljs: formulas as their results, rich text as plain text, merges filled. */
import type ExcelJS from 'exceljs'
import { loadExcel } from '../exceljs'
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS } from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { parseAmountCell, RED_MARK } from './amounts'
import { cellText, type Cell, type Grid } from './cells'
import { isHiddenFormat, isRedFormat } from './number-format'
import { isRedFont, themeColours, type FontColour } from './xlsx-colours'
import { checkUnpackedSize, XLSX_UNREADABLE } from './zip-budget'

type Value = ExcelJS.CellValue

/** Turns any exceljs cell value into a plain cell. */
export function plainCell(v: Value): Cell {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result
      return result === undefined ? null : plainCell(result as Value)
    }
    if ('error' in v) return String(v.error)
    if ('text' in v) return String((v as { text: unknown }).text)
  }
  return null
}

/** A formula cell the file keeps no result for (a program wrote it, nothing calculated it). */
const isUncomputed = (v: Value): boolean =>
  !!v &&
  typeof v === 'object' &&
  ('formula' in v || 'sharedFormula' in v) &&
  (v as { result?: unknown }).result === undefined

/** Said when a sheet has more rows than a village ledger ever needs. */
export const tooManyRows = (where: string) =>
  `${where}行数太多（超过 ${IMPORT_MAX_ROWS} 行），请按月份拆成几个文件后再导入`

/** Said when something sits further right than any ledger reaches (in a sheet, or a CSV). */
export const tooManyColumns = (sheet?: string) =>
  `${sheet ? `表格“${sheet}”` : '文件'}右边很远的地方还有内容（超过 ${IMPORT_MAX_COLUMNS} 列），请删掉多余的内容后再导入`

/**
 * One worksheet as rows of cells, reading only the cells the file holds. A stray cell far to
 * the right (a space typed in column XFD, or formatting on an empty cell) must not turn 200 rows
 * into 200 × 16,384 cells: walking every column up to the widest row took 3.5 s and 900 MB
 * here, and at 2,000 rows ran core out of memory. Blank cells do not widen or lengthen a sheet.
 */
function readSheet(ws: ExcelJS.Worksheet, theme: readonly number[]): Grid {
  const rows: Cell[][] = []
  const mergedDown: Array<[number, number]> = []
  const hiddenRows: number[] = []
  const uncomputed: Array<[number, number]> = []
  let width = 0 // exceljs's ws.columnCount, taken on the one walk over the rows
  const hiddenCells: Array<[number, number]> = []
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Cell[] = []
    width = Math.max(width, row.cellCount)
    if (row.hidden) hiddenRows.push(r - 1)
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const plain = plainCell(cell.value)
      if (plain === null && isUncomputed(cell.value)) uncomputed.push([r - 1, c - 1])
      // A figure in red (its font, or its number format) is a 红字冲销 (a reversal) on paper:
      // never read as money in or out.
      // A number format that draws it as nothing (;;;) hides it: it is not read unseen. A zero
      // left blank (#,##0.00;-#,##0.00;) hides no money.
      const unseen =
        ((typeof plain === 'number' && plain !== 0) || typeof plain === 'string') &&
        isHiddenFormat(cell.numFmt, plain)
      if (unseen && cellText(plain) !== '') hiddenCells.push([r - 1, c - 1])
      // A figure kept as text ('1234.50, or typed into a text cell) in red is one too, as from a
      // web page (html-table.ts): read as money it would import a reversal as money in or out.
      const figure =
        typeof plain === 'number'
          ? plain > 0
          : typeof plain === 'string' && parseAmountCell(plain).kind === 'ok'
      const value =
        !unseen &&
        figure &&
        (isRedFont(cell.font?.color as FontColour, theme) ||
          (typeof plain === 'number' && isRedFormat(cell.numFmt, plain)))
          ? `${RED_MARK}${plain}`
          : plain
      if (cellText(value) === '') return
      if (c > IMPORT_MAX_COLUMNS) throw new ApiFailure('BAD_INPUT', tooManyColumns(ws.name))
      if (r > IMPORT_MAX_ROWS) throw new ApiFailure('BAD_INPUT', tooManyRows(ws.name))
      // A merged range reports the master's value in every one of its cells.
      if (cell.isMerged && Number(cell.master.row) < r) mergedDown.push([r - 1, c - 1])
      cells[c - 1] = value
    })
    if (cells.length > 0) rows[r - 1] = Array.from(cells, (v) => v ?? null)
  })
  const hiddenColumns: number[] = []
  // Only the columns the file describes (<cols>), at most as many as a ledger may have. Not
  // ws.columnCount in the loop: each reading walks every row slot up to the sheet's last row,
  // and a formatted cell in row 1,048,576 made that 200 walks of a million slots (20–70 s).
  for (let c = 1; c <= Math.min(width, IMPORT_MAX_COLUMNS); c++)
    if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1)
  const grid: Grid = {
    name: ws.name,
    rows: Array.from(rows, (row) => row ?? []),
    mergedDown,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(uncomputed.length ? { uncomputed } : {}),
    ...(hiddenCells.length ? { hiddenCells } : {}),
  }
  return ws.state === 'visible' || !ws.state ? grid : { ...grid, hidden: true }
}

/** Reads every worksheet; a file exceljs cannot open is refused in plain words. */
export async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  checkUnpackedSize(bytes)
  const wb = new (await loadExcel()).Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    throw new ApiFailure('BAD_INPUT', XLSX_UNREADABLE)
  }
  // exceljs keeps the workbook's theme as its XML, under a name it does not declare.
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes
  const theme = themeColours(themes?.theme1)
  return wb.worksheets.map((ws) => readSheet(ws, theme))
}
