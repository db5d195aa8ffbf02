/**
 * Amounts in a book to integer fen, with string arithmetic only: 1,234.50, ¥1234.5, 1234.5元,
 * （1,234.50） and 1234.50- said to be negatives, and the floating-point numbers Excel stores.
 * Never parseFloat on money.
 */
import { FEN_MAX } from '../../../../../contract/schemas/common'
import { withoutApostrophe, type Cell } from './cells'
import { toHalfWidth } from './dates'

export type AmountResult =
  { kind: 'empty' } | { kind: 'ok'; fen: number } | { kind: 'bad'; error: string }

/**
 * Digits and an optional fraction to fen; more than two decimals is refused, never rounded.
 * Zeros past the cents (1234.5000, as platforms backed by a database write amounts) are exact.
 */
function fenOfDecimal(intPart: string, whole: string, shown: string): AmountResult {
  const frac = /^\d{2}0+$/.test(whole) ? whole.slice(0, 2) : whole
  if (frac.length > 2) {
    return { kind: 'bad', error: `金额“${shown}”超过两位小数，请精确到分` }
  }
  const fen = Number(intPart || '0') * 100 + Number(frac.padEnd(2, '0'))
  if (fen > FEN_MAX) return { kind: 'bad', error: `金额“${shown}”过大` }
  return { kind: 'ok', fen }
}

/**
 * A number as Excel stored it: its shortest decimal form, with float noise after the cents
 * (30.299999999999997, 0.30000000000000004) carried to the nearest cent by digit arithmetic.
 */
export function fenOfNumber(n: number): AmountResult {
  if (!Number.isFinite(n)) return { kind: 'bad', error: '金额不是数字' }
  const shown = String(n)
  if (n < 0) return { kind: 'bad', error: `金额“${shown}”是负数，导入只接受正数金额` }
  if (/e/i.test(shown)) {
    return n < 0.005 ? { kind: 'empty' } : { kind: 'bad', error: `金额“${shown}”过大` }
  }
  const [intPart = '0', frac = ''] = shown.split('.')
  if (frac.length <= 2) return fenOfDecimal(intPart, frac, shown)
  const tail = frac.slice(2)
  if (/^0{6,}/.test(tail)) return fenOfDecimal(intPart, frac.slice(0, 2), shown)
  if (/^9{6,}/.test(tail)) {
    const base = fenOfDecimal(intPart, frac.slice(0, 2), shown)
    return base.kind === 'ok' ? { kind: 'ok', fen: base.fen + 1 } : base
  }
  return { kind: 'bad', error: `金额“${shown}”超过两位小数，请精确到分` }
}

/** Put before a figure written in red (.xlsx, .xls), so it is refused as a reversal, not as money. */
export const RED_MARK = '红字'

/** A font colour that reads as red on paper: much red, little green and blue. */
export function isRedColour(r: number, g: number, b: number): boolean {
  return r >= 0xc0 && g < 0x60 && b < 0x60
}

const AMOUNT = /^(\d{1,13})(?:\.(\d*))?$/
const NOTHING = /^(-|—|－|–|\/)?$/

/** One amount cell: empty, fen, or a Chinese reason it cannot be read. */
export function parseAmountCell(cell: Cell): AmountResult {
  if (cell === null || typeof cell === 'boolean' || cell instanceof Date) {
    return cell instanceof Date ? { kind: 'bad', error: '金额一栏里是日期' } : { kind: 'empty' }
  }
  if (typeof cell === 'number') return cell === 0 ? { kind: 'empty' } : fenOfNumber(cell)
  const shown = cell.trim()
  // Excel's text apostrophe ('1234.50, a cell forced to text) before an otherwise good amount.
  if (withoutApostrophe(shown) !== shown) {
    const read = parseAmountCell(withoutApostrophe(shown))
    if (read.kind === 'ok') return read
  }
  if (shown.startsWith(RED_MARK)) {
    // The figure as Excel shows it: without the text apostrophe ('1,234.50 shows 1,234.50).
    const figure = withoutApostrophe(shown.slice(RED_MARK.length).trim())
    return {
      kind: 'bad',
      error: `金额 ${figure} 在表格里是红字（冲销），导入只接受正数金额，请在财务软件里核对后再导入`,
    }
  }
  // Thousands commas only where they belong: 1,2345 or 12,34.5 is a slip, not an amount.
  const plain = toHalfWidth(shown)
    .replace(/[\s¥￥]/g, '')
    .replace(/，/g, ',')
  if (plain.includes(',') && !/^[^\d]*\d{1,3}(,\d{3})+(\.\d*)?[^\d]*$/.test(plain)) {
    return { kind: 'bad', error: `金额“${shown}”里的逗号位置不对，请核对后只写数字，如 1234.50` }
  }
  // A minus typed as − (U+2212) or a dash, as Word and web pages give it, before a figure.
  let t = plain.replace(/,/g, '').replace(/^[\u2010-\u2015\u2212](?=[\d(¥￥]|RMB|人民币)/i, '-')
  // One plus before a figure (+1234.5) says it is positive; ++ or +- is a slip, not read.
  t = t.replace(/^\+(?=\d|RMB|人民币)/i, '')
  t = t.replace(/^(RMB|人民币)/i, '').replace(/元$/, '')
  if (NOTHING.test(t)) return { kind: 'empty' }
  // A minus after the figure (1234.50-), as bank statements and some 财务软件 print a negative.
  const minusAfter = /^\d[\d.]*元?[-\u2010-\u2015\u2212]$/.test(t)
  if (minusAfter || /^-|^\(.*\)$/.test(t)) {
    return { kind: 'bad', error: `金额“${shown}”是负数，导入只接受正数金额` }
  }
  const m = AMOUNT.exec(t)
  if (!m) return { kind: 'bad', error: `金额“${shown}”看不懂，请只写数字，如 1234.50` }
  const result = fenOfDecimal(m[1]!, m[2] ?? '', shown)
  return result.kind === 'ok' && result.fen === 0 ? { kind: 'empty' } : result
}
