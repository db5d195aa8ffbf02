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

/** Units township sheets count money in besides 元, and what turns each into 元. */
const UNITS: Record<string, number> = {
  千元: 1_000,
  万元: 10_000,
  百万元: 1_000_000,
  千万元: 10_000_000,
  亿元: 100_000_000,
}
// A title row's unit: 单位：千元, 金额单位:万元, or a title ending （万元）.
const TITLE_UNIT =
  /单位\s*[:：]?\s*(?:人民币)?\s*(百万|千万|万|千|亿)元|[（(]\s*(?:单位\s*[:：]?\s*)?(百万|千万|万|千|亿)元\s*[)）]/
// A money column's head: 支出（万元）, or 万 or 亿 alone (收入万); 千 only as 千元.
const LABEL_UNIT = /百万|千万|亿|万|千元/

/**
 * Money in 千元, 万元 or more, said in a money column's head (township summary sheets write
 * 支出（万元）) or in a title row above the header (单位：千元): read as yuan, every amount would
 * come in a thousand or more times too small, so the file is refused until its amounts are in 元.
 */
export function unitProblems(
  m: ImportMapping,
  labels: readonly string[],
  above: readonly Cell[][] = [],
): string[] {
  const out: string[] = []
  for (const text of above.flat().map(cellText)) {
    const hit = TITLE_UNIT.exec(toHalfWidth(text))
    if (!hit) continue
    const unit = `${hit[1] ?? hit[2]}元`
    out.push(
      `表头上方写着“${text}”，金额的单位是${unit}，导入只认以元为单位的金额。请在表格里把金额乘以 ${UNITS[unit]} 换算成元，把这一行改成“单位：元”后再导入`,
    )
    break
  }
  for (const f of ['income', 'expense', 'amount'] as const) {
    const col = m[f]
    if (col === null || col === undefined) continue
    const label = (labels[col] ?? '').trim()
    const hit = LABEL_UNIT.exec(label)
    if (!hit) continue
    const unit = `${hit[0].replace(/元$/, '')}元`
    out.push(
      `“${label}”一栏的单位是${unit}，导入只认以元为单位的金额。请在表格里把这一栏乘以 ${UNITS[unit]} 换算成元，表头写成“元”后再导入`,
    )
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

/**
 * A column the mapping reads that is hidden in Excel: its figures were never on the clerk's
 * screen, so they are not imported unseen (the clerk picks the shown column, or unhides it).
 */
export function hiddenColumnProblems(
  m: ImportMapping,
  labels: readonly Cell[],
  hidden: readonly number[],
): string[] {
  const out: string[] = []
  for (const [f, col] of Object.entries(m) as Array<[ImportField, number | null | undefined]>) {
    if (col === null || col === undefined || !hidden.includes(col)) continue
    out.push(
      `第 ${col + 1} 列“${cellText(labels[col] ?? null)}”在表格里是隐藏的，打开表格看不到里面的数，` +
        `却会被当成“${FIELD_NAMES[f]}”导入；请在上面改选看得见的那一列，或在 Excel 里取消隐藏、删掉不用的列后再导入`,
    )
  }
  return out
}
