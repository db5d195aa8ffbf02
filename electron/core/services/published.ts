/** The one gate between stored records and the public: only current, published versions pass. */
import type { LedgerEntry, PeriodSheet, Publication } from '../../../contract'
import type { Store } from '../store/types'

/** A published record that no published correction has replaced yet. */
export function isCurrentPublished(r: Pick<Publication, 'status' | 'supersededBy'>): boolean {
  return r.status === 'published' && !r.supersededBy
}

/** The sheet the public sees for each period key: the unreplaced, else newest, published version. */
export function publishedSheets(store: Store): Map<string, PeriodSheet> {
  const rank = (s: PeriodSheet) => (s.supersededBy ? 0 : 1_000_000) + s.version
  const out = new Map<string, PeriodSheet>()
  for (const s of store.all('sheets')) {
    if (s.status !== 'published') continue
    const seen = out.get(s.key)
    if (!seen || rank(s) > rank(seen)) out.set(s.key, s)
  }
  return out
}

/**
 * Whether a ledger line is the current public version: not replaced, and if it is itself a
 * correction, one whose original already points to it (a draft correction stays hidden).
 */
export function isCurrentEntry(e: LedgerEntry, store: Store): boolean {
  if (e.supersededBy) return false
  if (!e.supersedes) return true
  return store.get('ledger', e.supersedes)?.supersededBy === e.id
}

/** Whether a line may be shown at all: current, or a replaced original kept on record. */
export function isPublicEntry(e: LedgerEntry, store: Store): boolean {
  return e.supersededBy ? true : isCurrentEntry(e, store)
}
