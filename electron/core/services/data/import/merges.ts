/**
 * Building a sheet read by hand (.xls, a web page's table): cells placed within the rows and
 * columns a ledger needs, and merged ranges (MERGECELLS, rowspan/colspan) filled as exceljs does.
 */
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS } from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { cellText, type Cell, type Grid } from './cells'
import { tooManyColumns, tooManyRows } from './xlsx'

/** Puts cells with content into `rows`; content past row 20,000 or column 200 is refused. */
export function putter(name: string, rows: Cell[][]): (r: number, c: number, v: Cell) => void {
  return (r, c, value) => {
    if (cellText(value) === '') return
    if (c >= IMPORT_MAX_COLUMNS)
      throw new ApiFailure('BAD_INPUT', tooManyColumns(name || undefined))
    if (r >= IMPORT_MAX_ROWS) throw new ApiFailure('BAD_INPUT', tooManyRows(name || '文件'))
    ;(rows[r] ??= [])[c] = value
  }
}

/** First row, last row, first column, last column (0-based, inclusive). */
export type Range = [r0: number, r1: number, c0: number, c1: number]

/** More merged cells than any ledger has (a sheet's worth of rows across every column). */
export const MERGED_CELLS_MAX = 200_000
export const MERGED_TOO_MANY = '表格里合并的单元格太多，不像是账本，请取消合并后再导入'

/**
 * Every cell of a merged range shows the top-left cell's value, and the cells below its first
 * row are listed in `mergedDown` (a money column merged down must not count twice). A ledger
 * merges a title and a few labels; ranges covering the sheet again and again are refused.
 */
export function filled(name: string, rows: Cell[][], merges: readonly Range[]): Grid {
  const mergedDown: Array<[number, number]> = []
  let budget = MERGED_CELLS_MAX
  for (const [r0, r1, c0, c1] of merges) {
    const value = rows[r0]?.[c0]
    if (value === undefined || value === null || r1 < r0 || c1 < c0) continue
    // As in .xlsx, where the value shows in every cell of the range: past the edge is content.
    if (c1 >= IMPORT_MAX_COLUMNS)
      throw new ApiFailure('BAD_INPUT', tooManyColumns(name || undefined))
    if (r1 >= IMPORT_MAX_ROWS) throw new ApiFailure('BAD_INPUT', tooManyRows(name || '文件'))
    const last = [Math.min(r1, IMPORT_MAX_ROWS - 1), Math.min(c1, IMPORT_MAX_COLUMNS - 1)]
    budget -= (last[0]! - r0 + 1) * (last[1]! - c0 + 1)
    if (budget < 0) throw new ApiFailure('BAD_INPUT', MERGED_TOO_MANY)
    for (let r = r0; r <= last[0]!; r++) {
      for (let c = c0; c <= last[1]!; c++) {
        if (r === r0 && c === c0) continue
        ;(rows[r] ??= [])[c] = value
        if (r > r0) mergedDown.push([r, c])
      }
    }
  }
  const grid = Array.from(rows, (row) => (row ? Array.from(row, (v) => v ?? null) : []))
  return { name, rows: grid, mergedDown }
}
