/**
 * Books that keep a 凭证号 in two columns, 字 (记, 收, 付, 转) and 号 (0001): 用友's journals head
 * them 凭证 over 字 | 号, others 凭证字 | 凭证号. The number is read with its 字 (收-1, 记-0001): a
 * book with 收, 付 and 转 vouchers numbers each kind from 1, so the 号 alone would clash.
 */
import type { ImportMapping } from '../../../../../contract/schemas/data-import'
import { VOUCHER_WORD } from '../../../../../contract/voucher-key'
import { cellText, withoutApostrophe, type Cell } from './cells'
import { toHalfWidth } from './dates'
import { normHeader } from './header'

const WORD_LABEL = /^(凭证)?字$|^凭证(类别|类型|种类)$/
// A 字 cell: the kinds of voucher village books keep (记, 收, 付, 转, 现收, 银付), maybe with 字.
// The same list `voucherKey` reads 记12 and 记字第12号 by, so both call them 记-12.
const WORD = new RegExp(`^${VOUCHER_WORD}字?$`)

/** A cell as Excel shows it: without the apostrophe that keeps '0001 as text, half-width. */
const shown = (cell: Cell | undefined) => toHalfWidth(withoutApostrophe(cellText(cell)))

const texts = (rows: readonly Cell[][], col: number) =>
  rows.map((r) => shown(r[col])).filter((t) => t !== '')

/** A column of 字 only: some, and nothing else. */
const wordsOnly = (rows: readonly Cell[][], col: number) => {
  const t = texts(rows, col)
  return t.length > 0 && t.every((x) => WORD.test(x))
}

/** A column of numbers: some cell with a digit, none a 字 alone. */
const numbered = (rows: readonly Cell[][], col: number) => {
  const t = texts(rows, col)
  return t.some((x) => /\d/.test(x)) && !t.some((x) => WORD.test(x))
}

const mapped = (m: ImportMapping, col: number) => Object.values(m).includes(col)

/** The guessed mapping, its 凭证号 moved from a 字 column to the 号 right of it under one head. */
export function numberColumn(
  m: ImportMapping,
  labels: readonly string[],
  rows: readonly Cell[][],
): ImportMapping {
  const c = m.voucherNo
  if (c == null || labels[c] !== labels[c + 1] || mapped(m, c + 1)) return m
  return wordsOnly(rows, c) && numbered(rows, c + 1) ? { ...m, voucherNo: c + 1 } : m
}

/** The 字 column just left of the 凭证号 (named 凭证字, or under its merged head), or null. */
export function wordColumn(
  m: ImportMapping,
  labels: readonly string[],
  rows: readonly Cell[][],
): number | null {
  const c = m.voucherNo
  if (c == null || c === 0 || mapped(m, c - 1)) return null
  const w = c - 1
  const named =
    WORD_LABEL.test(normHeader(labels[w] ?? '')) || (!!labels[w] && labels[w] === labels[c])
  return named && wordsOnly(rows, w) && numbered(rows, c) ? w : null
}

/** The row as read: its 凭证号 with the 字 before it (收-1), unless the 号 already starts so. */
export function withWord(row: Cell[], word: number, numberCol: number): Cell[] {
  const w = shown(row[word])
  const n = withoutApostrophe(cellText(row[numberCol]))
  if (!w || !n || toHalfWidth(n).startsWith(w)) return row
  const out = [...row]
  out[numberCol] = `${w}-${n}`
  return out
}
