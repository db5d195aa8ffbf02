/**
 * Why the 监委 looking at a submitted sheet may not sign it (the core refuses the same): they
 * submitted it, or they entered, changed or took out one of its lines.
 */
import type { LedgerDraftsView } from '../../../../../contract'

export type OwnWork = 'submitted' | 'lines' | null

export function ownWork(view: LedgerDraftsView, meId: string | undefined): OwnWork {
  if (!meId || !view.sheet) return null
  if (view.sheet.submittedBy?.id === meId) return 'submitted'
  const mine = (p: { id: string }) => p.id === meId
  const touched =
    !!view.sheet.editedBy?.some(mine) ||
    view.entries.some((e) => mine(e.createdBy) || !!e.editedBy?.some(mine))
  return touched ? 'lines' : null
}
