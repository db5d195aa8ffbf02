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
