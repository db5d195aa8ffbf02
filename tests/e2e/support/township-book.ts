/**
 * A township accounting export as villages receive it (农村集体三资 software): two merged title
 * rows, 日期/凭证号/摘要/会计科目/借方金额/贷方金额/经手人/备注, each voucher line by line with its
 * 库存现金/银行存款 counterpart, 本月合计 rows, and a signature footer, page line and note.
 * One quarter (2026 Q3) for a village that publishes monthly. Shared by unit and e2e tests.
 */
import ExcelJS from 'exceljs'

type Line = [
  date: string,
  voucher: string,
  summary: string,
  subject: string,
  debit: number | null,
  credit: number | null,
  handler?: string,
]

/** The quarter's voucher lines, in the order the software prints them. */
export const QUARTER_LINES: Line[] = [
  ['2026-07-03', '记-001', '收到鱼塘承包费', '发包及上交收入', null, 12000, '吴春燕'],
  ['2026-07-03', '记-001', '收到鱼塘承包费', '银行存款', 12000, null, '吴春燕'],
  ['2026-07-15', '记-002', '购买办公用品', '管理费用—办公费', 356.5, null, '吴春燕'],
  ['2026-07-15', '记-002', '购买办公用品', '库存现金', null, 356.5, '吴春燕'],
  ['2026-08-06', '记-001', '收到厂房租金', '经营收入—租赁收入', null, 30000, '李国强'],
  ['2026-08-06', '记-001', '收到厂房租金', '银行存款', 30000, null, '李国强'],
  ['2026-08-20', '记-002', '修补三组村道', '公益支出—道路维修', 5000, null, '李国强'],
  ['2026-08-20', '记-002', '修路误工补贴', '管理费用—误工补贴', 800, null, '李国强'],
  ['2026-08-20', '记-002', '修补三组村道', '银行存款', null, 5800, '李国强'],
  ['2026-09-10', '记-001', '收到财政补助资金', '5221 补助收入—财政补助', null, 50000, '吴春燕'],
  ['2026-09-10', '记-001', '收到财政补助资金', '102 银行存款', 50000, null, '吴春燕'],
  ['2026-09-18', '记-002', '收到晒场租金', '租赁收入', null, 2400, '吴春燕'],
  ['2026-09-18', '记-002', '收到晒场租金', '库存现金', 2400, null, '吴春燕'],
]

export const FOOTER = '会计主管：王会计      村务监督委员会：李监督      制表人：张出纳'

/** Excel row numbers (as the clerk sees them) of the book below. */
export const ROWS = {
  header: 3,
  firstLine: 4,
  julyTotal: 8,
  augustTotal: 14,
  septemberTotal: 19,
  quarterTotal: 20,
  footer: 22,
  page: 23,
  note: 24,
} as const

const MONEY = '#,##0.00'
/** A real day as an Excel date cell; a day that does not exist stays text, as a clerk typed it. */
const dateCell = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? iso : d
}

/** The workbook bytes; `extra` lines are added after September's (for error tests). */
export async function townshipBook(extra: Line[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('凭证明细账')
  ws.columns = [12, 10, 22, 26, 14, 14, 10, 12].map((width) => ({ width }))
  ws.addRow(['新河村股份经济合作社 凭证明细账'])
  ws.mergeCells('A1:H1')
  ws.addRow(['会计期间：2026年07月 至 2026年09月', '', '', '', '', '', '单位：元'])
  ws.mergeCells('A2:F2')
  ws.addRow(['日期', '凭证号', '摘要', '会计科目', '借方金额', '贷方金额', '经手人', '备注'])
  const add = (l: Line) => {
    const [date, voucher, summary, subject, debit, credit, handler] = l
    const row = ws.addRow([
      dateCell(date),
      voucher,
      summary,
      subject,
      debit,
      credit,
      handler ?? '',
      '',
    ])
    row.getCell(1).numFmt = 'yyyy-mm-dd'
    row.getCell(5).numFmt = MONEY
    row.getCell(6).numFmt = MONEY
  }
  const total = (label: string, amount: number) => ws.addRow(['', '', label, '', amount, amount])
  const month = (m: string) => QUARTER_LINES.filter((l) => l[0].slice(5, 7) === m)
  const sum = (ls: Line[]) => ls.reduce((s, l) => s + (l[4] ?? 0), 0)
  for (const l of month('07')) add(l)
  total('本月合计', sum(month('07')))
  for (const l of month('08')) add(l)
  total('本月合计', sum(month('08')))
  for (const l of [...month('09'), ...extra]) add(l)
  total('本月合计', sum(month('09')))
  total('本季合计', sum(QUARTER_LINES))
  ws.addRow([])
  const footerRow = ws.addRow([FOOTER])
  ws.mergeCells(footerRow.number, 1, footerRow.number, 8)
  ws.addRow(['', '', '', '第 1 页 共 1 页'])
  ws.addRow(['注：本表由农村集体三资管理平台导出，金额单位为元'])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
