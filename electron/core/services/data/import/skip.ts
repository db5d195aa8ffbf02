/** Rows a book has that are not lines: totals (合计/小计/累计), carried balances, blank rows. */
import { cellText, isBlankRow, type Cell } from './cells'
import { toHalfWidth } from './dates'

const TOTAL = /^(本[日月季年期]度?|全年|当[月年]|总)?(合计|小计|累计|总计)/
const CARRIED =
  /^(承前页|过次页|承上页|转下页|上年结转|结转下年|上[月期]结转|期初余额|年初余额|期末余额|上年余额)/

/** Why a row is skipped (shown in the preview), or null for a row to read. */
export function skipReason(row: Cell[], watched: number[]): string | null {
  if (isBlankRow(row)) return '空行'
  for (const i of watched) {
    const t = toHalfWidth(cellText(row[i])).replace(/[\s\u3000]/g, '')
    const total = TOTAL.exec(t)
    if (total) return `${total[0]}行，不是一笔账`
    const carried = CARRIED.exec(t)
    if (carried) return `${carried[0]}行，不是一笔账`
  }
  return null
}
