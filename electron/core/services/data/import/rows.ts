/** One data row under a mapping: the draft line it becomes, or every reason it cannot. */
import {
  LedgerEntryInput,
  OptText,
  categoryName,
  periodContains,
  periodLabel,
  periodRange,
} from '../../../../../contract'
import { ApiFailure } from '../../../api/failure'
import { refusePersonalNumbers } from '../../records/personal-numbers'
import { resolveSubject, SUBJECT_MAX, type LearnedMap, type Resolved } from './resolve'
import {
  IMPORT_FIELDS,
  type ImportMapping,
  type ImportedLine,
} from '../../../../../contract/schemas/data-import'
import { FIELD_NAMES } from './mapping'
import type { Cell } from './cells'
import { at, readMoney, textAt } from './money'
import {
  parseDateCell,
  parseDateWithDay,
  parseMonthDay,
  toHalfWidth,
  yearCell,
  type DateResult,
} from './dates'

/** Whether lines may go into a period: a draft (or new, opened by the import) or why not. */
export type PeriodGate = (
  period: string,
) => { ok: true; isNew: boolean } | { ok: false; error: string }

export interface RowContext {
  mapping: ImportMapping
  /** The header's labels, to name the book's own columns in a row's error. */
  labels?: readonly string[]
  /** The chosen period; missing means each line goes to the period its date falls in. */
  period?: string
  periodMode: 'month' | 'quarter'
  /** The village's today: a line dated later is refused, as in the entry form. */
  today: string
  gate: PeriodGate
  learned: LearnedMap
  /** A voucher-line export (it has 库存现金/银行存款 lines): 贷方 is money in, 借方 money out. */
  voucherExport: boolean
  /**
   * 借方/贷方 books: an income or expense subject says the direction. In 收入/支出 books the
   * column the clerk chose says it (so swapping the two columns swaps the lines).
   */
  directionBySubject: boolean
  /** The year the book states above its 月 and 日 columns (2025年, a 2025年度 title). */
  bookYear?: number
}

/** What one row became: a line, a deliberate skip, or its problems (and maybe a question). */
export interface RowOutcome {
  entry?: ImportedLine
  errors: string[]
  skip?: string
  ask?: string
}

function readDate(row: Cell[], ctx: RowContext): DateResult {
  const { mapping: m } = ctx
  // The line's own 年 column first, then the book's stated year: a 2025 book imported into a
  // 2026 period must not become 2026.
  const own = m.year != null ? yearCell(at(row, m, 'year')) : null
  if (Number.isNaN(own)) return { ok: false, error: `年份“${textAt(row, m, 'year')}”看不懂` }
  const stated = own ?? ctx.bookYear
  if (m.date != null) {
    // A day written without its year takes the line's or book's year, or the chosen period's.
    const year = stated ?? (ctx.period ? periodRange(ctx.period).year : undefined)
    // A 日 column beside it: the 日期 may be only the month (2025年12月).
    return m.day != null
      ? parseDateWithDay(at(row, m, 'date'), at(row, m, 'day'), year)
      : parseDateCell(at(row, m, 'date'), year)
  }
  if (m.month != null && m.day != null) {
    const year =
      stated ?? (ctx.period ? periodRange(ctx.period).year : Number(ctx.today.slice(0, 4)))
    return parseMonthDay(year, at(row, m, 'month'), at(row, m, 'day'))
  }
  return { ok: false, error: '没有指定日期在哪一列' }
}

/** The period a date falls in, for a village that publishes by month or by quarter. */
export function periodOfDate(date: string, mode: 'month' | 'quarter'): string {
  const month = Number(date.slice(5, 7))
  return mode === 'month'
    ? date.slice(0, 7)
    : `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`
}

/** A personal number in any text of the line is the row's error (it would reach the kiosk). */
function personalNumberErrors(line: ImportedLine): string[] {
  try {
    refusePersonalNumbers([
      { path: 'voucherNo', label: '凭证号', value: line.voucherNo },
      { path: 'summary', label: '摘要', value: line.summary },
      { path: 'handler', label: '经手人', value: line.handler },
      { path: 'counterparty', label: '往来单位或个人', value: line.counterparty },
      { path: 'subject', label: '科目', value: line.subject ?? '' },
    ])
    return []
  } catch (e) {
    if (!(e instanceof ApiFailure)) throw e
    return [e.message.replace(/^输入有误：/, '')]
  }
}

// The township book's 会计科目 kept on the line (and written back in its export): checked as
// typed text is, though the entry form has no such field.
const SUBJECT = OptText(SUBJECT_MAX, '会计科目')

/** Chinese messages of the entry schema (lengths, hidden characters) not already said. */
function schemaErrors(line: ImportedLine, period: string, known: string[]): string[] {
  const parsed = LedgerEntryInput.safeParse({ ...line, period, attachments: [] })
  const subject = SUBJECT.safeParse(line.subject ?? '')
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues),
    ...(subject.success ? [] : subject.error.issues),
  ]
  const said = new Set(known)
  const out: string[] = []
  for (const issue of issues) {
    // Date and item problems were already explained in the clerk's words above.
    const field = String(issue.path[0] ?? '')
    if (['date', 'item', 'category', 'amountFen', 'direction'].includes(field)) continue
    if (!said.has(issue.message)) out.push(issue.message)
    said.add(issue.message)
  }
  return out
}

function readPeriod(date: string, ctx: RowContext, errors: string[]): string | null {
  if (ctx.period && !periodContains(ctx.period, date)) {
    errors.push(`日期 ${date} 不在${periodLabel(ctx.period)}内`)
    return null
  }
  if (date > ctx.today) {
    errors.push(`日期 ${date} 晚于今天`)
    return null
  }
  const period = ctx.period ?? periodOfDate(date, ctx.periodMode)
  const open = ctx.gate(period)
  if (!open.ok) errors.push(open.error)
  return open.ok ? period : null
}

/** Why a 库存现金/银行存款 line is skipped: it is the other side of the voucher's public lines. */
export const CASH_SIDE = '现金/银行对方科目，不单列'

/** Longer than any cell of a real line: such a row is refused before any of it is read. */
const CELL_MAX = 1000

/** The first mapped cell far too long for a line, said in the clerk's words; null if none. */
function overlong(row: Cell[], m: ImportMapping): string | null {
  for (const f of IMPORT_FIELDS) {
    const n = m[f] != null ? textAt(row, m, f).length : 0
    if (n > CELL_MAX) return `${FIELD_NAMES[f]}这一格有 ${n} 个字，不像一笔账，请检查这一行`
  }
  return null
}

/** Reads one data row (line is the row number shown to the clerk). */
export function readRow(row: Cell[], ctx: RowContext): RowOutcome {
  const m = ctx.mapping
  // A cell of a whole page (a pasted document, a crafted file) would take core seconds to read.
  const huge = overlong(row, m)
  if (huge) return { errors: [huge] }
  const errors: string[] = []
  const subjectText = textAt(row, m, 'subject')
  const subject: Resolved =
    m.subject == null
      ? { kind: 'error', error: '没有指定科目在哪一列' }
      : subjectText.length > SUBJECT_MAX
        ? { kind: 'error', error: `会计科目不能超过${SUBJECT_MAX}个字` }
        : resolveSubject(subjectText, textAt(row, m, 'category'), ctx.learned)
  if (subject.kind === 'cash') return { errors, skip: CASH_SIDE }
  const date = readDate(row, ctx)
  if (!date.ok) errors.push(date.error)
  const period = date.ok ? readPeriod(date.date, ctx, errors) : null
  const money = readMoney(row, ctx, subject.kind === 'line' ? subject.fixed : null)
  if ('error' in money) errors.push(money.error)
  if (subject.kind === 'error') errors.push(subject.error)
  const voucherNo = textAt(row, m, 'voucherNo')
  if (m.voucherNo == null) errors.push('没有指定凭证号在哪一列')
  else if (!voucherNo) errors.push('缺少凭证号')
  // 凭证 over 字|号: the 字 column (记) alone would number every line of the book alike.
  else if (!/\d/.test(toHalfWidth(voucherNo)))
    errors.push(`凭证号“${voucherNo}”里没有号码，请把凭证号指定为写着号码的那一列`)
  const summary = textAt(row, m, 'summary')
  if (m.summary == null) errors.push('没有指定摘要在哪一列')
  else if (!summary) errors.push('缺少摘要')
  const ask = subject.kind === 'ask' ? subject.key : undefined
  if (errors.length > 0 || !period || !date.ok || 'error' in money || subject.kind !== 'line') {
    return { errors, ...(ask ? { ask } : {}) }
  }
  const entry: ImportedLine = {
    period,
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
    subject: textAt(row, m, 'subject'),
  }
  // Text already refused for its length is not read for numbers too: a cell of a whole page
  // would hold core for seconds, and the row is an error either way.
  const schema = schemaErrors(entry, period, errors)
  const more = schema.length > 0 ? schema : personalNumberErrors(entry)
  return more.length > 0 ? { errors: more } : { entry, errors: [] }
}
