/**
 * Formulas a program wrote without their results (many platforms build .xlsx with a library that
 * does not calculate): Excel works them out on opening and shows figures, but the file holds
 * none, so such a cell would read as empty. Its row says so instead of "缺少日期" or no amount.
 */
import { IMPORT_FIELDS, type ImportMapping } from '../../../../../contract/schemas/data-import'
import type { Grid } from './cells'
import { FIELD_NAMES } from './mapping'

/** The row's error, naming the column as its header does. */
export const uncomputedMessage = (label: string) =>
  `“${label}”一栏是公式，文件里没有保存算出的结果，请用 Excel 或 WPS 打开这个文件、保存一次后再导入`

/** For each sheet row (0-based) with such a cell in a column the mapping reads, its error. */
export function uncomputedRows(
  grid: Grid,
  mapping: ImportMapping,
  labels: readonly string[],
): Map<number, string> {
  const read = new Map<number, string>()
  for (const f of IMPORT_FIELDS) {
    const col = mapping[f]
    if (col != null && !read.has(col)) read.set(col, labels[col]?.trim() || FIELD_NAMES[f])
  }
  const out = new Map<number, string>()
  for (const [row, col] of grid.uncomputed ?? []) {
    const label = read.get(col)
    if (label !== undefined && !out.has(row)) out.set(row, uncomputedMessage(label))
  }
  return out
}
