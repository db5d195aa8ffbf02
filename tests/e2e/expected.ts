/**
 * Independent sums straight from the stored records, so specs compare what the screen shows
 * with what is on disk rather than with the service that produced the screen.
 */
import { comparePeriods, type LedgerEntry, type PeriodSheet } from '../../contract'
import type { Host } from './hosts/types'

export function publishedSheetKeys(host: Host): string[] {
  const sheets = host.core!.store.all('sheets') as PeriodSheet[]
  return sheets
    .filter((s) => s.status === 'published' && !s.supersededBy)
    .map((s) => s.key)
    .sort(comparePeriods)
}

/** The published sheet with the most lines (the one that pages and fetches), and its count. */
export function busiestSheet(host: Host): { key: string; count: number } {
  return publishedSheetKeys(host)
    .map((key) => ({ key, count: storedEntries(host, key).length }))
    .sort((a, b) => b.count - a.count)[0]!
}

/** The current entries of a period as stored (corrections replace what they supersede). */
export function storedEntries(host: Host, period: string): LedgerEntry[] {
  const all = host.core!.store.all('ledger') as LedgerEntry[]
  return all.filter((e) => e.period === period && !e.supersededBy)
}

export function storedTotals(host: Host, period: string) {
  let incomeFen = 0
  let expenseFen = 0
  for (const e of storedEntries(host, period)) {
    if (e.direction === 'income') incomeFen += e.amountFen
    else expenseFen += e.amountFen
  }
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen }
}
