/**
 * A 凭证号 as compared, never as stored: a Chinese keyboard types 记－００１ or 记—001 for the
 * 记-001 the book means, a township's software may print JZ-1 where the clerk types jz-1, and a
 * lookup or a duplicate check must not tell them apart. What the cadre typed is kept and shown;
 * only comparisons go through this key.
 */

// Hyphens, dashes and minus signs a keyboard or a copied cell may give (NFKC leaves these).
const DASHES = /[\u2010-\u2015\u2212\u2043\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g

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
 */
export function voucherKey(voucherNo: string): string {
  return voucherText(voucherNo).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''))
}
