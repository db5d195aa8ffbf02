/**
 * A 凭证号 as compared, never as stored: a Chinese keyboard types 记－００１ or 记—001 for the
 * 记-001 the book means, a township's software may print JZ-1 where the clerk types jz-1, and a
 * lookup or a duplicate check must not tell them apart. What the cadre typed is kept and shown;
 * only comparisons go through this key.
 */

// Hyphens, dashes and minus signs a keyboard or a copied cell may give (NFKC leaves these).
const DASHES = /[\u2010-\u2015\u2212\u2043\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g

/**
 * The 凭证字 of the kinds of voucher village books keep (记, 收, 付, 转, 现收, 银付): the import
 * reads a 字 column by it (data/import/voucher-word.ts), and `voucherKey` the number after it.
 */
export const VOUCHER_WORD = '(?:记|收|付|转|现[收付]|银[收付])'

// 记12, 记字第12号, 记 12, 记-12 (maybe after a month: 10月记-1): one way of writing 字-号.
const WORDED = new RegExp(`^(\\d{1,2}月)?(${VOUCHER_WORD})字?[\\s-]*第?[\\s-]*(\\d+)号?(?=$|-)`)

/**
 * The 凭证号 as compared, digits as written: NFKC (full-width → half-width), trimmed, every dash
 * as '-', Latin capitals small (after NFKC, so ＪＺ is jz too; no other script is touched).
 */
export function voucherText(voucherNo: string): string {
  return voucherNo
    .normalize('NFKC')
    .trim()
    .replace(DASHES, '-')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
}

/**
 * The comparison key of a 凭证号: its `voucherText` with the zeros that pad a number dropped.
 * Accounting software numbers vouchers and pads them only for show (记-0012 is 记-12), and a
 * CSV saved again by Excel loses them (0007 becomes 7): the same voucher must stay one number.
 * A 字 and its 号 are one number however joined (记12, 记字第12号, 记 12 are 记-12); the 字 tells
 * 记-12 from 收-12, and a sub-number (记-1-2) stays its own.
 */
export function voucherKey(voucherNo: string): string {
  return voucherText(voucherNo)
    .replace(WORDED, (_all, month: string | undefined, word: string, no: string) => {
      return `${month ?? ''}${word}-${no}`
    })
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''))
}

/**
 * 记-1 and 10月记-1 of an October date are one number of that month: a quarter whose book numbers
 * its vouchers month by month is imported as 10月记-1 (data/import/vouchers.ts), and a cadre may
 * type its 记-1. The key of a number under its line's month (NUL never is typed); `no` is a
 * `voucherKey` already.
 */
export function inMonth(no: string, date: string): string {
  const month = `${Number(date.slice(5, 7))}月`
  const bare = no.startsWith(month) ? no.slice(month.length) : no
  return `${month}\u0000${bare}`
}

/** The keys a line's 凭证号 is known by in its period: as written, and under its month. */
export function voucherKeys(line: { voucherNo: string; date: string }): [string, string] {
  const no = voucherKey(line.voucherNo)
  return [no, inMonth(no, line.date)]
}

/**
 * Whether two lines of one period carry the same voucher, whichever door each came in by: the
 * same number however written (`voucherKey`), or one number of the same month, with its month in
 * front or not (记-1 and 10月记-1, both dated October). The one rule of hand entry and import.
 */
export function sameVoucher(
  a: { voucherNo: string; date: string },
  b: { voucherNo: string; date: string },
): boolean {
  const [ka, ma] = voucherKeys(a)
  const [kb, mb] = voucherKeys(b)
  return ka === kb || ma === mb
}

// A month written in front of a number (10月 of 10月记-1), as compared.
const MONTH_IN_FRONT = /^(\d{1,2})月/

/** Whether a line's 凭证号 has its own date's month in front (10月记-1 dated October). */
export function ownMonthInFront(line: { voucherNo: string; date: string }): boolean {
  const month = MONTH_IN_FRONT.exec(voucherKey(line.voucherNo))?.[1]
  return month !== undefined && Number(month) === Number(line.date.slice(5, 7))
}

/**
 * Whether a quarter's lines are written month by month: one of them has its month in front, as
 * an import writes a book that numbers its vouchers month by month (10月记-1, 11月记-1). A month
 * imported later, or a number typed by hand, is then written so too (`withMonth`). A month's
 * sheet never is: its numbers are that month's already.
 */
export function numberedByMonth(
  period: string,
  lines: ReadonlyArray<{ voucherNo: string; date: string }>,
): boolean {
  return period.includes('Q') && lines.some(ownMonthInFront)
}

/** A 凭证号 with its line's month in front (记-1 of November is 11月记-1), unless it has a month. */
export function withMonth(voucherNo: string, date: string): string {
  if (MONTH_IN_FRONT.test(voucherKey(voucherNo))) return voucherNo
  return `${Number(date.slice(5, 7))}月${voucherNo}`
}

// A voucher's own number (记-1, 收12, 记字第3号, jz-1), as a book numbering month by month starts
// again each month: not a number that says its period (记-2026-Q4-005) or a sub-number (记-5-1).
const OWN_NUMBER = new RegExp(`^(?:${VOUCHER_WORD}|[a-z]{1,4})?-?\\d{1,5}$`)

/** Whether a 凭证号 is only a voucher's own number of its month (记-1), with no month in front. */
export function monthsOwnNumber(voucherNo: string): boolean {
  return OWN_NUMBER.test(voucherKey(voucherNo))
}
