/** A row's money under a mapping: direction and amount in fen, or the reason in Chinese. */
import type { Direction } from '../../../../../contract'
import type { ImportMapping } from '../../../../../contract/schemas/data-import'
import { parseAmountCell, type AmountResult } from './amounts'
import { cellText, withoutApostrophe, type Cell } from './cells'
import { toHalfWidth } from './dates'

/** The cell a field's column holds in this row (null when the field has no column). */
export const at = (row: Cell[], m: ImportMapping, f: keyof ImportMapping): Cell => {
  const i = m[f]
  return i === null || i === undefined ? null : (row[i] ?? null)
}
/** The same cell as text, as Excel shows it (without a text apostrophe: '0012 is 0012). */
export const textAt = (row: Cell[], m: ImportMapping, f: keyof ImportMapping) =>
  withoutApostrophe(cellText(at(row, m, f)))

/** How the book's columns say the direction. */
export interface MoneyRules {
  mapping: ImportMapping
  voucherExport: boolean
  /** 借方/贷方 columns: an income or expense subject says the direction. */
  directionBySubject: boolean
  /** The header's labels, to name the book's own columns in a row's error. */
  labels?: readonly string[]
}

const INCOME_WORDS = /^(收|收入|进|\+)$/
const EXPENSE_WORDS = /^(支|支出|付|付出|出|-)$/
// A 方向 column in 借/贷 is the book's side, read as 借方/贷方 columns are.
const DEBIT_WORDS = /^(借|借方)$/
const CREDIT_WORDS = /^(贷|贷方)$/

export type Money = { direction: Direction; fen: number } | { error: string }

// In a cash journal: an income subject's money going out, an expense subject's coming back.
const JOURNAL_WRONG = {
  income: '收入科目的这一笔是付出去的钱（冲减收入），本系统不记负数，请在财务软件里核对后再导入',
  expense:
    '支出科目的这一笔是收回来的钱（冲减支出，如退回多付的款），本系统不记负数，请在财务软件里核对后再导入',
} as const

const SIDE_WRONG = {
  income: '收入科目的金额记在借方（冲减收入），本系统不记负数，请在财务软件里核对后再导入',
  expense: '支出科目的金额记在贷方（冲减支出），本系统不记负数，请在财务软件里核对后再导入',
} as const

/** Whether a row's error is only that its amount is on the other side (a 冲减). */
export const isSideError = (error: string): boolean =>
  (Object.values(SIDE_WRONG) as string[]).includes(error)

/**
 * The line's direction and amount. An income or expense subject fixes the direction; other
 * subjects take it from the column: in a cash journal 借方/收入 is money in, but in a voucher-line
 * export (its cash lines are the other side) 贷方 is money in and 借方 money out.
 */
export function readMoney(row: Cell[], ctx: MoneyRules, subjectFixed: Direction | null): Money {
  const m = ctx.mapping
  const bad = (r: AmountResult) => (r.kind === 'bad' ? r.error : null)
  if (m.amount != null && m.direction != null) {
    const amount = parseAmountCell(at(row, m, 'amount'))
    if (amount.kind === 'bad') return { error: amount.error }
    if (amount.kind === 'empty') return { error: '金额是空的' }
    const word = toHalfWidth(textAt(row, m, 'direction')).replace(/\s/g, '')
    if (DEBIT_WORDS.test(word) || CREDIT_WORDS.test(word)) {
      return sided(DEBIT_WORDS.test(word), amount.fen, ctx, subjectFixed)
    }
    if (ctx.directionBySubject && subjectFixed) return { direction: subjectFixed, fen: amount.fen }
    if (INCOME_WORDS.test(word)) return { direction: 'income', fen: amount.fen }
    if (EXPENSE_WORDS.test(word)) return { direction: 'expense', fen: amount.fen }
    return { error: `收支一栏“${word}”看不懂，请写“收入”或“支出”（或“借”“贷”）` }
  }
  if (m.income == null && m.expense == null) return { error: '没有指定金额在哪一列' }
  const income = parseAmountCell(at(row, m, 'income'))
  const expense = parseAmountCell(at(row, m, 'expense'))
  const problem = bad(income) ?? bad(expense)
  if (problem) return { error: problem }
  if (income.kind === 'ok' && expense.kind === 'ok') {
    // Named as the book names them: in a 借方/贷方 book, 借方 is not always money in.
    const label = (f: 'income' | 'expense', plain: string) => ctx.labels?.[m[f]!]?.trim() || plain
    return {
      error:
        `同一行“${label('income', '收入')}”和“${label('expense', '支出')}”两栏都有金额` +
        `（${textAt(row, m, 'income')} 和 ${textAt(row, m, 'expense')}），请分成两行`,
    }
  }
  const got = income.kind === 'ok' ? income : expense.kind === 'ok' ? expense : null
  if (!got) return { error: '收入和支出都没有金额' }
  // In 借方/贷方 books the first money column is 借方.
  return sided(income.kind === 'ok', got.fen, ctx, ctx.directionBySubject ? subjectFixed : null)
}

/**
 * A 借方 (debit) or 贷方 amount: in a cash journal 借方 is money in; in a voucher export (its cash
 * lines are the other side) 借方 is money out. An income or expense subject on the other side
 * than its kind is a 冲减 (a refund, a reversal), which the kiosk cannot record: refused.
 */
function sided(debit: boolean, fen: number, ctx: MoneyRules, fixed: Direction | null): Money {
  const side: Direction = debit !== ctx.voucherExport ? 'income' : 'expense'
  if (!fixed || side === fixed) return { direction: side, fen }
  return { error: (ctx.voucherExport ? SIDE_WRONG : JOURNAL_WRONG)[fixed] }
}

const MONEY_LABEL = /金额|余额|收入|支出|借方|贷方|发生额|元/
const NUMBER = /^-?[¥￥]?\d[\d,]*(\.\d+)?$/

/**
 * A CSV line whose amount was written 1,234.50 without quotes: the comma cut it in two, its
 * money column reads 1 and 234.50 runs on into the next, so the line has content past the
 * header's last column. Both are asked for: a book may keep a remark right of its table with
 * no column name over it (refuse.test.ts), and that alone is not this mistake.
 */
export function cutAmount(
  row: Cell[],
  m: ImportMapping,
  width: number,
  labels: readonly string[] = [],
): string | null {
  let last = row.length - 1
  while (last >= width && cellText(row[last]) === '') last--
  const extra = last + 1 - width
  const text = (i: number) => toHalfWidth(cellText(row[i]))
  // Where the next column holds money too (a cash journal's 余额), 120 beside 356.50 is just two
  // figures: a cut shows only when what follows them is a figure pushed out of its column.
  const shifted = (i: number) => !MONEY_LABEL.test(labels[i + 1] ?? '') || NUMBER.test(text(i + 2))
  const cut = (i: number | null | undefined) =>
    i != null &&
    /^[¥￥]?\d{1,3}$/.test(text(i)) &&
    /^\d{3}(\.\d*)?$/.test(text(i + 1)) &&
    shifted(i)
  if (extra <= 0 || ![m.income, m.expense, m.amount].some(cut)) return null
  return `这一行比表头多出 ${extra} 格，可能是金额里的逗号没有加引号（1,234.50 被分成了 1 和 234.50 两格），请导出时去掉千位分隔符，或导出成 Excel 文件`
}
