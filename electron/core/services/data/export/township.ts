/**
 * The published lines back to the township in the shape its accounting software exports and
 * reads: two title rows, 日期/凭证号/摘要/会计科目/借方金额/贷方金额/经手人/备注, a 合计 row. Income
 * is on the 贷方 side of its subject and expense on the 借方 side, as on the township's vouchers,
 * so the township can tick each public line against its own books.
 */
import { loadExcel } from '../exceljs'
import { subjectOf } from '../../ledger-subjects'
import type { ExportLine } from './rows'
import { stampLine } from './stamp'
import type { XlsxMeta } from './xlsx'

export { subjectOf }

export const TOWNSHIP_COLUMNS = [
  '日期',
  '凭证号',
  '摘要',
  '会计科目',
  '借方金额',
  '贷方金额',
  '经手人',
  '备注',
] as const

const MONEY = '#,##0.00'
const yuan = (fen: number) => fen / 100
/** An amount cell: empty for a line voided to 0元 (作废 is in its 备注), as in the CSV. */
const amountCell = (fen: number) => (fen ? yuan(fen) : null)

/** The workbook bytes for these lines (already the published, current ones, in order). */
export async function townshipXlsx(lines: readonly ExportLine[], meta: XlsxMeta): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook()
  wb.created = new Date(meta.exportedAt)
  const ws = wb.addWorksheet('凭证明细')
  ws.columns = [12, 14, 36, 28, 14, 14, 10, 24].map((width) => ({ width }))
  const n = TOWNSHIP_COLUMNS.length
  ws.addRow([meta.title])
  ws.mergeCells(1, 1, 1, n)
  ws.getRow(1).font = { size: 16, bold: true }
  ws.addRow([stampLine(meta)])
  ws.mergeCells(2, 1, 2, n)
  ws.addRow([...TOWNSHIP_COLUMNS]).font = { bold: true }
  let debit = 0
  let credit = 0
  for (const e of lines) {
    const out = e.direction === 'expense'
    if (out) debit += e.amountFen
    else credit += e.amountFen
    const row = ws.addRow([
      e.date,
      e.voucherNo,
      e.summary,
      subjectOf(e),
      out ? amountCell(e.amountFen) : null,
      out ? null : amountCell(e.amountFen),
      e.handler,
      e.note,
    ])
    row.getCell(5).numFmt = MONEY
    row.getCell(6).numFmt = MONEY
  }
  const total = ws.addRow(['合计', '', `共 ${lines.length} 笔`, '', yuan(debit), yuan(credit)])
  total.font = { bold: true }
  total.getCell(5).numFmt = MONEY
  total.getCell(6).numFmt = MONEY
  return Buffer.from(await wb.xlsx.writeBuffer())
}
