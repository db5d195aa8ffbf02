/**
 * Finding the header row under title rows and merged cells, and guessing which column is which
 * from the names village books use (日期/凭证号/摘要/科目/收入/支出/经手人, or 借方/贷方).
 */
import type {
  ImportField,
  ImportMapping,
  ImportShape,
} from '../../../../../contract/schemas/data-import'
import { cellText, type Cell } from './cells'
import { toHalfWidth } from './dates'

const SYNONYMS: Record<ImportField, string[]> = {
  date: ['日期', '记账日期', '业务日期', '发生日期', '凭证日期', '制单日期', '时间', '日期时间'],
  year: ['年', '年度', '年份', '会计年度'],
  month: ['月', '月份'],
  day: ['日'],
  voucherNo: [
    '凭证号',
    '凭证号码',
    '凭证号数',
    '凭证编号',
    '凭证字号',
    '凭证',
    '票据号',
    '单据号',
    '编号',
  ],
  summary: ['摘要', '内容', '事由', '说明', '用途', '摘要说明'],
  subject: ['科目', '明细科目', '会计科目', '科目名称', '对方科目', '收支项目', '明细'],
  category: ['类别', '公开类别', '科目类别', '大类'],
  income: ['收入', '收入金额', '收款', '收款金额', '借方', '借方金额', '借方发生额'],
  expense: ['支出', '支出金额', '付款', '付款金额', '贷方', '贷方金额', '贷方发生额'],
  amount: ['金额', '发生额', '金额元'],
  direction: ['收支', '收支方向', '收或支', '方向', '收支类型'],
  handler: ['经手人', '经办人', '报账人', '经手'],
  counterparty: [
    '往来单位',
    '对方单位',
    '往来单位或个人',
    '单位或个人',
    '收款人',
    '付款人',
    '对方',
  ],
}

/** Header text without spaces, units or brackets: "收入（元）" reads as "收入". */
export function normHeader(text: string): string {
  return (
    toHalfWidth(text)
      .replace(/[\s\u3000]/g, '')
      // A money unit in brackets names the column all the same (mapping.ts refuses all but 元).
      .replace(/[(（]((百万|千万|万|千|亿)?元|人民币)[)）]|\(|\)|（|）/g, '')
      .replace(/[:：*]/g, '')
  )
}

const LOOKUP = new Map<string, ImportField>()
for (const [field, names] of Object.entries(SYNONYMS) as Array<[ImportField, string[]]>) {
  for (const n of names) LOOKUP.set(normHeader(n), field)
}

/** The field a header cell names, if any. */
export function fieldOfHeader(text: string): ImportField | undefined {
  return LOOKUP.get(normHeader(text))
}

/** Column labels and a field per column for one header row (or two rows read as one). */
function labelsOf(rows: Cell[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length))
  const out: string[] = []
  for (let c = 0; c < width; c++) {
    // The lower row names the column unless only the upper one says something we know.
    const texts = rows.map((r) => cellText(r[c])).reverse()
    out.push(texts.find((t) => fieldOfHeader(t)) ?? texts.find((t) => t !== '') ?? '')
  }
  return out
}

function score(labels: string[]): number {
  const fields = new Set(labels.map(fieldOfHeader).filter(Boolean))
  const dated = fields.has('date') || (fields.has('month') && fields.has('day'))
  const money = fields.has('income') || fields.has('expense') || fields.has('amount')
  return dated && money ? fields.size : 0
}

export interface HeaderGuess {
  /** 0-based index of the (lower) header row; data starts right after it. */
  row: number
  labels: string[]
}

/**
 * The best-scoring row in the first 30 (or a pair, for 金额 over 借方|贷方); null if none. A
 * hidden row (`hidden`: a hidden row of the sheet, or any row of a web page's hidden table) is
 * never the header, nor half of one: its lines are not imported, and nobody sees its labels.
 */
export function findHeader(
  rows: Cell[][],
  forcedRow?: number,
  hidden: ReadonlySet<number> = new Set(),
): HeaderGuess | null {
  if (forcedRow !== undefined) {
    const r = rows[forcedRow]
    return r ? { row: forcedRow, labels: labelsOf([r]) } : null
  }
  let best: HeaderGuess | null = null
  let bestScore = 0
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    if (hidden.has(r)) continue
    const single = labelsOf([rows[r]!])
    const s1 = score(single)
    if (s1 > bestScore) [best, bestScore] = [{ row: r, labels: single }, s1]
    const next = rows[r + 1]
    if (!next || hidden.has(r + 1) || !next.some((c) => fieldOfHeader(cellText(c)))) continue
    const pair = labelsOf([rows[r]!, next])
    const s2 = score(pair)
    if (s2 > bestScore) [best, bestScore] = [{ row: r + 1, labels: pair }, s2]
  }
  return best
}

/** The preset mapping for these labels: the first column naming each field. */
export function guessMapping(labels: string[]): ImportMapping {
  const mapping: ImportMapping = {}
  labels.forEach((label, index) => {
    const field = fieldOfHeader(label)
    if (field && mapping[field] === undefined) mapping[field] = index
  })
  return mapping
}

/** Which common layout the mapping follows, to name it on screen. */
export function shapeOf(mapping: ImportMapping, labels: string[]): ImportShape {
  const at = (f: ImportField) => {
    const i = mapping[f]
    return i === null || i === undefined ? '' : normHeader(labels[i] ?? '')
  }
  if (mapping.amount != null && mapping.direction != null) return 'amount-direction'
  if (at('income').startsWith('借') || at('expense').startsWith('贷')) return 'debit-credit'
  if (mapping.income != null || mapping.expense != null) return 'income-expense'
  return 'unknown'
}

/** True for a row that repeats the header (books printed page by page repeat it). */
export function isHeaderAgain(row: Cell[], labels: string[]): boolean {
  let same = 0
  row.forEach((c, i) => {
    const t = cellText(c)
    if (t && t === labels[i] && fieldOfHeader(t)) same++
  })
  return same >= 3
}

/**
 * The year a book states in or above its header (2025年 over 月|日, a 2025年度 title), when it
 * names exactly one: for days written without a year. A hidden row (`hidden`, as `findHeader`
 * takes it) names no year: nobody sees it, so it must not move the lines to another year.
 */
export function bookYearOf(
  rows: readonly Cell[][],
  m: ImportMapping,
  hidden: ReadonlySet<number> = new Set(),
): { bookYear?: number } {
  if (m.month == null && m.date == null) return {}
  const years = new Set<number>()
  for (const [r, row] of rows.entries()) {
    if (hidden.has(r)) continue
    for (const cell of row) {
      // A cell that is only a year (2025年 over 月|日), or a title's 2025年度; not a date
      // (制表日期：2026年1月5日) or a fact (2019年成立), nor a span (2025—2026年度).
      const t = toHalfWidth(cellText(cell)).replace(/[\s\u3000]/g, '')
      const only = /^((?:19|20)\d\d)年度?$/.exec(t)
      const titled = /(?<![\d—\-–~至])((?:19|20)\d\d)年度/.exec(t)
      const y = only ?? titled
      if (y) years.add(Number(y[1]))
    }
  }
  return years.size === 1 ? { bookYear: [...years][0]! } : {}
}
