/**
 * A cell hidden on its own in a column that shows (a web page's <td style="display:none">, an
 * .xlsx cell whose number format is ;;;), or
 * text hidden inside a cell that shows (<span style="display:none">1</span>200.00): Excel shows
 * the rest, but not what is hidden. When the import would read it as a
 * line's money or key, that line says so, naming the column and what is hidden there, and
 * nothing is imported until it is shown or emptied.
 */
import { IMPORT_FIELDS, type ImportMapping } from '../../../../../contract/schemas/data-import'
import { cellText, type Cell, type Grid } from './cells'
import { FIELD_NAMES } from './mapping'

/** The line's error for the hidden cell at column `col` holding `text`. */
export const hiddenCellMessage = (col: number, label: string, text: string, field: string) =>
  `第 ${col + 1} 列“${label}”这一格在表格里是隐藏的，打开表格看不到里面的“${text}”，` +
  `却会被当成“${field}”导入；请在 Excel 里取消隐藏或删掉这一格的内容后再导入`

/** The line's error for text `hidden` inside the shown cell at column `col`. */
export const hiddenTextMessage = (col: number, label: string, hidden: string, field: string) =>
  `第 ${col + 1} 列“${label}”这一格里有藏起来看不到的“${hidden}”，` +
  `会连同看得见的字一起当成“${field}”导入；请在 Excel 里删掉隐藏的内容后再导入`

const shown = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text)

/** For each sheet row (0-based) with hidden cell or text in a column the mapping reads, its error. */
export function hiddenCellRows(
  grid: Grid,
  mapping: ImportMapping,
  labels: readonly Cell[],
): Map<number, string> {
  const read = new Map<number, string>()
  for (const f of IMPORT_FIELDS) {
    const col = mapping[f]
    if (col != null && !read.has(col)) read.set(col, FIELD_NAMES[f])
  }
  const out = new Map<number, string>()
  for (const [row, col] of grid.hiddenCells ?? []) {
    const field = read.get(col)
    const text = cellText(grid.rows[row]?.[col] ?? null)
    if (field === undefined || text === '' || out.has(row)) continue
    const label = cellText(labels[col] ?? null) || field
    out.set(row, hiddenCellMessage(col, label, shown(text), field))
  }
  for (const [row, col, hidden] of grid.hiddenTexts ?? []) {
    const field = read.get(col)
    if (field === undefined || out.has(row)) continue
    const label = cellText(labels[col] ?? null) || field
    out.set(row, hiddenTextMessage(col, label, shown(hidden), field))
  }
  return out
}
