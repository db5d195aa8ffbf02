/**
 * 凭证号 across a file. A township export lists a voucher line by line: consecutive rows with one
 * number are one voucher, and when it has several public lines they become 记-5-1, 记-5-2, so
 * every public line keeps a number of its own (the ledger allows each number once a period).
 * A number met again further down, or one the period's lines already use, is the row's error.
 * Numbers are compared by `voucherKey` (导－１ is 导-1); each row keeps the text it had.
 */
import {
  inMonth,
  voucherKey,
  voucherKeys,
  voucherText,
  withMonth,
} from '../../../../../contract/voucher-key'
import type { ImportMapping, ImportRow } from '../../../../../contract/schemas/data-import'
import { parseAmountCell } from './amounts'
import { cellText, type Cell } from './cells'
import { isSideError } from './money'
import { isTotalsText } from './skip'

/** A read row with its voucher (number and date); `entryLike` is false for non-entry rows. */
export interface VoucherRow {
  row: ImportRow
  /** 凭证号 + NUL + date text: consecutive rows with the same value are one voucher. */
  voucher: string
  entryLike: boolean
}

const fail = (r: ImportRow, error: string) => {
  delete r.entry
  r.errors.push(error)
}

const monthOf = (row: ImportRow) => `${Number(row.entry!.date.slice(5, 7))}月`

/**
 * Why a quarter is imported month by month (10月记-1, 11月记-1): `restarts` when its numbers
 * start again each month (记-1 again each month, as most accounting software does), seen in the
 * file or between the file and the lines the quarter already has (October imported alone, then
 * November alone: November's 记-1 and 记-2 are October's numbers in another month); `stored` when
 * the file does not show it but the quarter's lines are written so already (October and November
 * imported together as 10月记-1…, then December alone): a later month follows the quarter.
 */
export type MonthlyReason = 'restarts' | 'stored'

/**
 * The quarters of the file to import month by month, each with why. A restart is two or more
 * numbers met in two months of one quarter: one number met again is a duplicate, not a way of
 * numbering. `byMonth` says whether a quarter's stored lines carry their month (`numberedByMonth`).
 */
export function monthlyNumbered(
  rows: VoucherRow[],
  used: (period: string) => ReadonlySet<string>,
  byMonth: (period: string) => boolean,
): Map<string, MonthlyReason> {
  const months = new Map<string, Map<string, Set<string>>>()
  for (const { row, voucher, entryLike } of rows) {
    if (!entryLike || !voucher || !row.entry || !/Q/.test(row.entry.period)) continue
    const byNumber = months.get(row.entry.period) ?? new Map<string, Set<string>>()
    const number = voucherKey(voucher.split('\u0000')[0]!)
    const seen = byNumber.get(number) ?? new Set()
    // Used in the quarter, but not in this line's month: another month's voucher.
    const had = used(row.entry.period)
    if (had.has(number) && !had.has(inMonth(number, row.entry.date))) seen.add('')
    byNumber.set(number, seen.add(monthOf(row)))
    months.set(row.entry.period, byNumber)
  }
  const out = new Map<string, MonthlyReason>()
  for (const [period, byNumber] of months) {
    if ([...byNumber.values()].filter((m) => m.size > 1).length >= 2) out.set(period, 'restarts')
    else if (byMonth(period)) out.set(period, 'stored')
  }
  return out
}

/**
 * Why a line's number is taken in its period, or null. A quarter whose book numbers by month
 * is imported as 10月记-1 (`settleVouchers`): October imported alone before, as 记-1, is the same
 * voucher, and so the other way round (`usedVouchers` holds each line's `voucherKeys`; hand entry
 * asks `sameVoucher`, the same rule).
 */
export function takenBy(used: ReadonlySet<string>, voucherNo: string, date: string): string | null {
  const [no, key] = voucherKeys({ voucherNo, date })
  const month = key.split('\u0000')[0]!
  const typed = voucherText(voucherNo)
  const inFront = typed.startsWith(month)
  // A number the import gave its month (12月记-1) is said in the file's words: 12月的“记-1”.
  if (used.has(no) && !(inFront && used.has(key)))
    return `凭证号“${voucherNo}”在这一期已经有账目用过`
  if (!used.has(key)) return null
  // Said as written (记-001 stays 记-001), without the month the message names already.
  const bare = inFront ? typed.slice(month.length) : typed
  return `${month}的凭证号“${bare}”在这一期已经有账目用过`
}

/**
 * Renames multi-line vouchers and adds duplicate errors, in place. In a quarter whose book
 * numbers by month, each number gets its month in front (10月记-1, 11月记-1): the quarter's
 * sheet allows each number once, and the clerk would otherwise have to renumber by hand.
 */
export function settleVouchers(
  rows: VoucherRow[],
  used: (period: string) => ReadonlySet<string>,
  byMonth: (period: string) => boolean,
): void {
  const monthly = monthlyNumbered(rows, used, byMonth)
  for (const { row } of rows) {
    if (row.entry && monthly.has(row.entry.period)) {
      row.entry = { ...row.entry, voucherNo: withMonth(row.entry.voucherNo, row.entry.date) }
    }
  }
  type Group = { line: number; rows: ImportRow[]; key: string | null }
  const groups = new Map<string, Group>()
  let current: Group | null = null
  let previous = ''
  for (const { row, voucher, entryLike } of rows) {
    if (!entryLike || !voucher) continue
    if (voucherKey(voucher) !== voucherKey(previous) || !current)
      current = { line: row.line, rows: [], key: null }
    previous = voucher
    if (!row.entry) continue
    // The voucher is known by its first line that is an entry: a receipt lists its cash line
    // (not public, no entry) first, and the lines after it are still one voucher.
    if (current.key === null) {
      const period = row.entry.period
      const raw = voucher.split('\u0000')[0]!
      const number = monthly.has(period) ? withMonth(raw, row.entry.date) : raw
      const key = `${period}\u0000${voucherKey(number)}`
      const first = groups.get(key)
      if (first) {
        fail(row, `凭证号“${number}”与第 ${first.line} 行重复`)
        continue
      }
      current.key = key
      groups.set(key, current)
    }
    current.rows.push(row)
  }
  for (const g of groups.values()) {
    if (g.rows.length < 2) continue
    g.rows.forEach((r, i) => {
      if (!r.entry) return
      const no = `${r.entry.voucherNo}-${i + 1}`
      if (no.length > 20) fail(r, `凭证号“${r.entry.voucherNo}”太长，无法给同一凭证的几行分别编号`)
      else r.entry = { ...r.entry, voucherNo: no }
    })
  }
  // A renamed line can meet a number the file itself uses (记-5 in two lines, and a 记-5-1).
  const final = new Map<string, number>()
  for (const { row } of rows) {
    const e = row.entry
    if (!e) continue
    const key = `${e.period}\u0000${voucherKey(e.voucherNo)}`
    const first = final.get(key)
    if (first !== undefined) fail(row, `凭证号“${e.voucherNo}”与第 ${first} 行重复`)
    else final.set(key, row.line)
  }
  for (const { row } of rows) {
    const e = row.entry
    const taken = e && takenBy(used(e.period), e.voucherNo, e.date)
    if (taken) fail(row, taken)
  }
}

export const NON_CASH = '转账凭证（没有库存现金或银行存款），不是一笔收支'

/**
 * In a voucher export, a voucher with no 库存现金 or 银行存款 line moved no money: wages
 * accrued (借 管理费用 / 贷 应付工资), a transfer between accounts. Its lines are not 收支, and
 * the payment made later is (the wages would otherwise be published twice). In place.
 */
export function dropNonCashVouchers(rows: VoucherRow[], isCash: (r: ImportRow) => boolean): void {
  // By number and date, wherever its lines stand: an export sorted by subject lists a
  // voucher's cash line far from its other lines.
  const vouchers = new Map<string, VoucherRow[]>()
  for (const r of rows) {
    if (!r.entryLike || !r.voucher) continue
    const key = voucherKey(r.voucher)
    vouchers.set(key, [...(vouchers.get(key) ?? []), r])
  }
  for (const group of vouchers.values()) {
    // Only a voucher read whole: one with a subject still to be explained, or a line in error
    // for any reason but its side (a 转账 line is on the side a 收支 is not), may have a cash
    // side not recognised, and its question or error must stay.
    const clean = group.every((g) => !g.row.ask && g.row.errors.every(isSideError))
    if (!clean || group.some((g) => isCash(g.row))) continue
    for (const g of group) {
      if (g.row.kind !== 'entry') continue
      g.row = {
        line: g.row.line,
        values: g.row.values,
        kind: 'skipped',
        skipReason: NON_CASH,
        errors: [],
      }
      g.entryLike = false
    }
  }
}

/**
 * Many township exports print the date and 凭证号 on a voucher's first line only. A line right
 * after an entry-like row, with a 会计科目 and an amount but no date or number, continues that
 * voucher: it is read with the previous row's date and number (the file itself is unchanged).
 */
export function continueVoucher(
  row: Cell[],
  previous: Cell[] | null,
  m: ImportMapping,
): Cell[] | null {
  if (!previous || m.subject == null || !cellText(row[m.subject])) return null
  // 办公费小计 under a voucher's lines adds them up: it is not another line of that voucher.
  if (m.summary != null && isTotalsText(cellText(row[m.summary]))) return null
  const keys = [m.date, m.year, m.month, m.day, m.voucherNo].filter(
    (i): i is number => typeof i === 'number',
  )
  if (keys.length === 0 || keys.some((i) => cellText(row[i]) !== '')) return null
  const money = [m.income, m.expense, m.amount].filter((i): i is number => typeof i === 'number')
  if (!money.some((i) => parseAmountCell(row[i] ?? null).kind === 'ok')) return null
  const out = [...row]
  for (const i of keys) out[i] = previous[i] ?? null
  return out
}
