/** The ledger as an .xlsx workbook: a title, the checkpoint, numeric amounts and a 合计 row. */
import { loadExcel } from '../exceljs'
import { COLUMNS, type ExportRow } from './rows'
import { stampLine, type ExportStamp } from './stamp'

const MONEY = '#,##0.00'
const WIDTHS = [16, 12, 10, 36, 12, 16, 14, 14, 20, 10, 12, 24]

/**
 * Amount cells are numbers so the township can sum them. Excel stores every number as a double;
 * fen / 100 is the double nearest the exact amount and shows exactly under a 0.00 format.
 */
const yuanNumber = (fen: number) => fen / 100

export interface XlsxMeta extends ExportStamp {
  title: string
}

/** Builds the workbook bytes. */
export async function ledgerXlsx(rows: readonly ExportRow[], meta: XlsxMeta): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook()
  wb.created = new Date(meta.exportedAt)
  const ws = wb.addWorksheet('账目', { views: [{ state: 'frozen', ySplit: 3 }] })
  ws.columns = WIDTHS.map((width) => ({ width }))
  ws.addRow([meta.title])
  ws.mergeCells(1, 1, 1, COLUMNS.length)
  ws.getRow(1).font = { size: 16, bold: true }
  ws.addRow([stampLine(meta)])
  ws.mergeCells(2, 1, 2, COLUMNS.length)
  const head = ws.addRow([...COLUMNS])
  head.font = { bold: true }
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0EC' } }
    c.border = { bottom: { style: 'thin' } }
  })
  let income = 0
  let expense = 0
  for (const r of rows) {
    income += r.incomeFen
    expense += r.expenseFen
    const line = ws.addRow([
      r.periodLabel,
      r.date,
      r.voucherNo,
      r.summary,
      r.categoryName,
      r.item,
      r.incomeFen ? yuanNumber(r.incomeFen) : null,
      r.expenseFen ? yuanNumber(r.expenseFen) : null,
      r.counterparty,
      r.handler,
      r.publishedAt,
      r.note,
    ])
    line.getCell(7).numFmt = MONEY
    line.getCell(8).numFmt = MONEY
  }
  const first = 4
  const last = ws.rowCount
  const total = ws.addRow(['合计', '', '', `共 ${rows.length} 笔`])
  total.font = { bold: true }
  total.getCell(7).value = { formula: `SUM(G${first}:G${last})`, result: yuanNumber(income) }
  total.getCell(8).value = { formula: `SUM(H${first}:H${last})`, result: yuanNumber(expense) }
  total.getCell(7).numFmt = MONEY
  total.getCell(8).numFmt = MONEY
  return Buffer.from(await wb.xlsx.writeBuffer())
}
