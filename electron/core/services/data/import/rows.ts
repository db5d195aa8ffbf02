/** One data row under a mapping: the draft line it becomes, or every reason it cannot. */
import {
  LedgerEntryInput,
  categoryName,
  periodContains,
  periodLabel,
  periodRange,
  type Direction,
} from '../../../../../contract'
import type { ImportMapping, ImportedLine } from '../../../../../contract/schemas/data-import'
import { cellText, type Cell } from './cells'
import { parseAmountCell, type AmountResult } from './amounts'
import { parseDateCell, parseMonthDay, toHalfWidth, type DateResult } from './dates'
import { parseSubject } from './subjects'

export interface RowContext {
  mapping: ImportMapping
  period: string
  /** The village's today: a line dated later is refused, as in the entry form. */
  today: string
  /** Voucher numbers already used by live lines of the period. */
  existingVouchers: ReadonlySet<string>
  /** Voucher numbers seen so far in this file → the row that used it first. */
  seenVouchers: Map<string, number>
}

const at = (row: Cell[], m: ImportMapping, f: keyof ImportMapping): Cell => {
  const i = m[f]
  return i === null || i === undefined ? null : (row[i] ?? null)
}
const textAt = (row: Cell[], m: ImportMapping, f: keyof ImportMapping) => cellText(at(row, m, f))

function readDate(row: Cell[], ctx: RowContext): DateResult {
  const { mapping: m } = ctx
  if (m.date != null) return parseDateCell(at(row, m, 'date'))
  if (m.month != null && m.day != null) {
    return parseMonthDay(periodRange(ctx.period).year, at(row, m, 'month'), at(row, m, 'day'))
  }
  return { ok: false, error: '没有指定日期在哪一列' }
}

const INCOME_WORDS = /^(收|收入|借|借方|进|\+)$/
const EXPENSE_WORDS = /^(支|支出|付|付出|贷|贷方|出|-)$/

function readMoney(
  row: Cell[],
  m: ImportMapping,
): { direction: Direction; fen: number } | { error: string } {
  const bad = (r: AmountResult) => (r.kind === 'bad' ? r.error : null)
  if (m.amount != null && m.direction != null) {
    const amount = parseAmountCell(at(row, m, 'amount'))
    if (amount.kind === 'bad') return { error: amount.error }
    if (amount.kind === 'empty') return { error: '金额是空的' }
    const word = toHalfWidth(textAt(row, m, 'direction')).replace(/\s/g, '')
    if (INCOME_WORDS.test(word)) return { direction: 'income', fen: amount.fen }
    if (EXPENSE_WORDS.test(word)) return { direction: 'expense', fen: amount.fen }
    return { error: `收支一栏“${word}”看不懂，请写“收入”或“支出”` }
  }
  if (m.income == null && m.expense == null) return { error: '没有指定金额在哪一列' }
  const income = parseAmountCell(at(row, m, 'income'))
  const expense = parseAmountCell(at(row, m, 'expense'))
  const problem = bad(income) ?? bad(expense)
  if (problem) return { error: problem }
  if (income.kind === 'ok' && expense.kind === 'ok') {
    return { error: '同一行收入和支出都有金额，请分成两行' }
  }
  if (income.kind === 'ok') return { direction: 'income', fen: income.fen }
  if (expense.kind === 'ok') return { direction: 'expense', fen: expense.fen }
  return { error: '收入和支出都没有金额' }
}

/** Chinese messages of the entry schema (lengths, hidden characters) not already said. */
function schemaErrors(line: ImportedLine, period: string, known: string[]): string[] {
  const parsed = LedgerEntryInput.safeParse({ ...line, period, attachments: [] })
  if (parsed.success) return []
  const said = new Set(known)
  const out: string[] = []
  for (const issue of parsed.error.issues) {
    // Date and item problems were already explained in the clerk's words above.
    const field = String(issue.path[0] ?? '')
    if (['date', 'item', 'category', 'amountFen', 'direction'].includes(field)) continue
    if (!said.has(issue.message)) out.push(issue.message)
    said.add(issue.message)
  }
  return out
}

/** Reads one data row (line is the row number shown to the clerk). */
export function readRow(
  row: Cell[],
  line: number,
  ctx: RowContext,
): { entry?: ImportedLine; errors: string[] } {
  const m = ctx.mapping
  const errors: string[] = []
  const date = readDate(row, ctx)
  if (!date.ok) errors.push(date.error)
  else if (!periodContains(ctx.period, date.date)) {
    errors.push(`日期 ${date.date} 不在${periodLabel(ctx.period)}内`)
  } else if (date.date > ctx.today) errors.push(`日期 ${date.date} 晚于今天`)
  const money = readMoney(row, m)
  if ('error' in money) errors.push(money.error)
  const subject =
    m.subject != null ? parseSubject(textAt(row, m, 'subject'), textAt(row, m, 'category')) : null
  if (!subject) errors.push('没有指定科目在哪一列')
  else if (!subject.ok) errors.push(subject.error)
  const voucherNo = textAt(row, m, 'voucherNo')
  if (m.voucherNo == null) errors.push('没有指定凭证号在哪一列')
  else if (!voucherNo) errors.push('缺少凭证号')
  else if (ctx.existingVouchers.has(voucherNo)) {
    errors.push(`凭证号“${voucherNo}”在这一期已经有账目用过`)
  } else {
    const first = ctx.seenVouchers.get(voucherNo)
    if (first !== undefined) errors.push(`凭证号“${voucherNo}”与第 ${first} 行重复`)
    else ctx.seenVouchers.set(voucherNo, line)
  }
  const summary = textAt(row, m, 'summary')
  if (m.summary == null) errors.push('没有指定摘要在哪一列')
  else if (!summary) errors.push('缺少摘要')
  if (errors.length > 0 || !date.ok || 'error' in money || !subject?.ok) return { errors }
  const entry: ImportedLine = {
    date: date.date,
    voucherNo,
    summary,
    category: subject.category,
    categoryName: categoryName(subject.category),
    item: subject.item,
    direction: money.direction,
    amountFen: money.fen,
    handler: textAt(row, m, 'handler'),
    counterparty: textAt(row, m, 'counterparty'),
  }
  const more = schemaErrors(entry, ctx.period, errors)
  return more.length > 0 ? { errors: more } : { entry, errors: [] }
}
