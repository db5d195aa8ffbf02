/** .xlsx to grids with exceljs: formulas as their results, rich text as plain text, merges filled. */
import ExcelJS from 'exceljs'
import { IMPORT_MAX_ROWS } from '../../../../../contract/schemas/data-import'
import { ApiFailure } from '../../../api/failure'
import { SNIFF_MSG } from './sniff'
import type { Cell, Grid } from './cells'

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

/** Said when a sheet has more rows than a village ledger ever needs. */
export const tooManyRows = (where: string) =>
  `${where}行数太多（超过 ${IMPORT_MAX_ROWS} 行），请按月份拆成几个文件后再导入`

/** Reads every worksheet; a file exceljs cannot open is refused in plain words. */
export async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    throw new ApiFailure(
      'BAD_INPUT',
      `文件无法作为 Excel 表格打开，可能已损坏或不是 .xlsx 文件。${SNIFF_MSG.notSheet}`,
    )
  }
  const grids: Grid[] = []
  for (const ws of wb.worksheets) {
    if (ws.rowCount > IMPORT_MAX_ROWS) throw new ApiFailure('BAD_INPUT', tooManyRows(ws.name))
    const rows: Cell[][] = []
    const mergedDown: Array<[number, number]> = []
    const width = ws.columnCount
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: Cell[] = []
      // A merged range reports the master's value in every one of its cells.
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        if (cell.isMerged && Number(cell.master.row) < r) mergedDown.push([r - 1, c - 1])
        cells.push(plainCell(cell.value))
      }
      rows.push(cells)
    }
    grids.push({ name: ws.name, rows, mergedDown })
  }
  return grids
}
