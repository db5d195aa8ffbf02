/**
 * A line our own export wrote as voided (corrected to 0元: 作废（原为支出¥300.00，不计入收支） in
 * 备注, no amount) is skipped on the way back in, so the rest of the book imports. A 作废 beside an
 * amount is refused: importing it would count money the file calls void, dropping it would lose
 * money the file counts, and only the clerk knows which.
 */
import { formatYuan } from '../../../../../contract'
import { voidedWas } from '../../../../../contract/earlier-line'
import type { ImportMapping } from '../../../../../contract/schemas/data-import'
import { parseAmountCell } from './amounts'
import { cellText, type Cell } from './cells'
import { toHalfWidth } from './dates'
import { normHeader } from './header'
import { cols } from './layout'

/** The column headed 备注, as our CSV, .xlsx and township files write it; null when none. */
export function noteColumn(labels: readonly string[]): number | null {
  const i = labels.findIndex((l) => normHeader(l) === '备注')
  return i < 0 ? null : i
}

/** A voided row's skip reason, a 作废 row's error, or null for a row read as any other. */
export function voidedOutcome(
  row: Cell[],
  m: ImportMapping,
  note: number | null,
): { skip: string } | { error: string } | null {
  if (note === null) return null
  const text = cellText(row[note]).trim()
  if (!toHalfWidth(text).replace(/\s/g, '').startsWith('作废')) return null
  const amounts = cols(m.income, m.expense, m.amount).map((i) => parseAmountCell(row[i] ?? null))
  // An unreadable amount is the row's own error, said as for any line.
  if (amounts.some((a) => a.kind === 'bad')) return null
  const money = amounts.find((a) => a.kind === 'ok')
  if (money?.kind === 'ok') {
    return {
      error: `备注写着“作废”，这一行却有金额 ${formatYuan(money.fen)}。作废的账目金额为 0：确已作废，请删去这一行；没有作废，请删去备注里的“作废”，再导入`,
    }
  }
  const was = voidedWas(text)
  return was ? { skip: `作废的账目（金额为 0，原为${was}），不导入` } : null
}
