/** 计划与执行: planned against actual per line, in fen; the two are compared, never added. */
import { categoryName } from '../../../../contract'
import type { BudgetLine, BudgetLineView, BudgetTotals, LedgerEntry } from '../../../../contract'

type Line = Pick<
  BudgetLine,
  'id' | 'direction' | 'category' | 'item' | 'plannedFen' | 'note' | 'year'
>
type Entry = Pick<LedgerEntry, 'date' | 'direction' | 'category' | 'item' | 'amountFen'>

/** Whether a ledger line counts toward a budget line: same year, direction, category (and item). */
export function countsToward(line: Line, e: Entry): boolean {
  return (
    e.date.startsWith(`${line.year}-`) &&
    e.direction === line.direction &&
    e.category === line.category &&
    (line.item === '' || e.item === line.item)
  )
}

/** actual / planned in whole percent (floor), null when nothing was planned. */
export function percentOf(actualFen: number, plannedFen: number): number | null {
  return plannedFen > 0 ? Math.floor((actualFen * 100) / plannedFen) : null
}

/** One budget line against the ledger lines given (already limited to published, current ones). */
export function budgetLineView(line: Line, entries: readonly Entry[]): BudgetLineView {
  let actualFen = 0
  for (const e of entries) if (countsToward(line, e)) actualFen += e.amountFen
  return {
    id: line.id,
    direction: line.direction,
    category: line.category,
    categoryName: categoryName(line.category),
    item: line.item,
    note: line.note,
    plannedFen: line.plannedFen,
    actualFen,
    diffFen: actualFen - line.plannedFen,
    percent: percentOf(actualFen, line.plannedFen),
    over: line.direction === 'expense' && actualFen > line.plannedFen,
  }
}

/**
 * Planned and actual summed separately over some lines. The actual counts each ledger line once,
 * even if two lines stored before overlap was refused both count it (the plan is as entered).
 */
export function budgetTotals(lines: readonly Line[], entries: readonly Entry[]): BudgetTotals {
  let actualFen = 0
  for (const e of entries) if (lines.some((l) => countsToward(l, e))) actualFen += e.amountFen
  return { plannedFen: lines.reduce((t, l) => t + l.plannedFen, 0), actualFen }
}
