/**
 * A published line corrected to 0元 (the same payment entered twice): nothing public is deleted,
 * so the line stays listed, and every screen and the paper say it is void and what it was
 * rather than a bare ¥0.00 or an empty cell.
 */
import type { Direction, LedgerEntryView } from '../../../contract'

/** What a voided line said before (its amount and side), or null for any other line. */
export function voidedFrom(
  e: Pick<LedgerEntryView, 'amountFen' | 'correction'>,
): { amountFen: number; direction: Direction } | null {
  if (e.amountFen !== 0 || !e.correction) return null
  // Core says what a voided line carried before any later 0元 correction of it.
  const { amountFen, direction } = e.correction.voided ?? e.correction.previous
  return amountFen > 0 ? { amountFen, direction } : null
}
