/** Whether a mapping can describe a ledger line at all, said in the clerk's words. */
import type { ImportField, ImportMapping } from '../../../../../contract/schemas/data-import'
import { cellText, type Cell } from './cells'
import { toHalfWidth } from './dates'

export const FIELD_NAMES: Record<ImportField, string> = {
  date: '日期',
  year: '年',
  month: '月',
  day: '日',
  voucherNo: '凭证号',
  summary: '摘要',
  subject: '科目',
  category: '类别',
  income: '收入（借方）',
  expense: '支出（贷方）',
  amount: '金额',
  direction: '收支',
  handler: '经手人',
  counterparty: '往来单位',
}

const set = (m: ImportMapping, f: ImportField) => m[f] !== null && m[f] !== undefined

/** Missing required columns, columns used twice, columns outside the table. */
export function mappingProblems(m: ImportMapping, width: number): string[] {
  const out: string[] = []
  if (!set(m, 'date') && !(set(m, 'month') && set(m, 'day'))) out.push('请指定“日期”在哪一列')
  for (const f of ['voucherNo', 'summary', 'subject'] as const) {
    if (!set(m, f)) out.push(`请指定“${FIELD_NAMES[f]}”在哪一列`)
  }
  const byAmount = set(m, 'amount') && set(m, 'direction')
  if (!byAmount && !set(m, 'income') && !set(m, 'expense')) {
    out.push('请指定“收入”“支出”（或“借方”“贷方”）在哪一列')
  }
  const used = new Map<number, ImportField>()
  for (const [f, col] of Object.entries(m) as Array<[ImportField, number | null | undefined]>) {
    if (col === null || col === undefined) continue
    if (col >= width) out.push(`“${FIELD_NAMES[f]}”指定的第 ${col + 1} 列不在表格里`)
    const other = used.get(col)
    if (other) out.push(`第 ${col + 1} 列同时指定为“${FIELD_NAMES[other]}”和“${FIELD_NAMES[f]}”`)
    used.set(col, f)
  }
  return out
}

// A title row's unit: 单位：万元, 金额单位:万元, or a title ending （万元）.
const TITLE_WAN = /单位\s*[:：]?\s*(人民币)?\s*万元|[（(]\s*(单位\s*[:：]?\s*)?万元\s*[)）]/

/**
 * Money in 万元, said in a money column's head (township summary sheets write 支出（万元）) or in
 * a title row above the header (单位：万元): read as yuan, every amount would come in 10,000
 * times too small, so the file is refused until its amounts are in 元.
 */
export function unitProblems(
  m: ImportMapping,
  labels: readonly string[],
  above: readonly Cell[][] = [],
): string[] {
  const out: string[] = []
  const title = above
    .flat()
    .map((c) => toHalfWidth(cellText(c)))
    .find((t) => TITLE_WAN.test(t))
  if (title) {
    out.push(
      `表头上方写着“${title.trim()}”，导入只认以元为单位的金额。请在表格里把金额乘以 10000 换算成元，把这一行改成“单位：元”后再导入`,
    )
  }
  for (const f of ['income', 'expense', 'amount'] as const) {
    const col = m[f]
    if (col === null || col === undefined) continue
    const label = (labels[col] ?? '').trim()
    if (/万/.test(label)) {
      out.push(
        `“${label}”一栏的单位是万元，导入只认以元为单位的金额。请在表格里把这一栏乘以 10000 换算成元，表头写成“元”后再导入`,
      )
    }
  }
  return out
}

/**
 * A money cell merged down over several rows (one voucher's total over its lines) would be
 * counted once per row: the file is refused, naming the first such row as Excel numbers it.
 */
export function mergedMoneyProblems(
  m: ImportMapping,
  labels: readonly string[],
  mergedDown: ReadonlyArray<readonly [number, number]>,
  firstDataRow: number,
): string[] {
  const out: string[] = []
  for (const f of ['income', 'expense', 'amount'] as const) {
    const col = m[f]
    if (col === null || col === undefined) continue
    const hit = mergedDown.find(([r, c]) => c === col && r >= firstDataRow)
    if (!hit) continue
    out.push(
      `第 ${hit[0] + 1} 行的“${(labels[col] ?? '').trim() || FIELD_NAMES[f]}”是和上一行合并的单元格，金额会被重复计算。请取消合并，每行写上自己的金额后再导入`,
    )
  }
  return out
}
