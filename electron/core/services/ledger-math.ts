/** Sums over ledger lines, in integer fen only, kept pure so every total is unit-tested. */
import { CATEGORIES } from '../../../contract'
import type { CategoryCode, CategoryTotal, LedgerEntry } from '../../../contract'

/** A period's sums as the public sheet shows them. */
export interface SheetTotals {
  /** All 8 categories in the order of the regulation, empty ones included. */
  totals: CategoryTotal[]
  incomeFen: number
  expenseFen: number
  balanceFen: number
  count: number
}

type Line = Pick<LedgerEntry, 'category' | 'direction' | 'amountFen'>

/** Totals by direction and by category; the balance is income minus expense. */
export function sheetTotals(entries: Iterable<Line>): SheetTotals {
  const totals: CategoryTotal[] = CATEGORIES.map((c) => ({
    category: c.code,
    name: c.name,
    incomeFen: 0,
    expenseFen: 0,
    count: 0,
  }))
  const index = new Map<CategoryCode, CategoryTotal>(totals.map((t) => [t.category, t]))
  let incomeFen = 0
  let expenseFen = 0
  let count = 0
  for (const e of entries) {
    const t = index.get(e.category)
    if (!t) continue
    t.count++
    count++
    if (e.direction === 'income') {
      t.incomeFen += e.amountFen
      incomeFen += e.amountFen
    } else {
      t.expenseFen += e.amountFen
      expenseFen += e.amountFen
    }
  }
  return { totals, incomeFen, expenseFen, balanceFen: incomeFen - expenseFen, count }
}

/** An expense at or above the threshold is highlighted, so big spending cannot hide in a list. */
export function isLarge(
  e: Pick<LedgerEntry, 'direction' | 'amountFen'>,
  thresholdFen: number,
): boolean {
  return e.direction === 'expense' && e.amountFen >= thresholdFen
}

// One collator for every comparison: localeCompare with a locale and options builds its rules
// again on each call, which made sorting a busy quarter's 1,600 lines take tens of milliseconds.
const voucherOrder = new Intl.Collator('zh-CN', { numeric: true })

/** Sheet order: by date, then by voucher number (numeric parts compared as numbers). */
export function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return voucherOrder.compare(a.voucherNo, b.voucherNo)
}

/** What each project has spent: the expense lines linked to it that `counted` lets through. */
export function spentByProject(
  entries: Iterable<LedgerEntry>,
  counted: (e: LedgerEntry) => boolean,
  projectOf: (id: string | undefined) => string | undefined = (id) => id,
): Map<string, number> {
  const spent = new Map<string, number>()
  for (const e of entries) {
    const id = projectOf(e.projectId)
    if (!id || e.direction !== 'expense' || !counted(e)) continue
    spent.set(id, (spent.get(id) ?? 0) + e.amountFen)
  }
  return spent
}

/** The latest of some ISO timestamps ('' when there are none). */
export function latest(stamps: Iterable<string | undefined>): string {
  let max = ''
  for (const s of stamps) if (s && s > max) max = s
  return max
}
