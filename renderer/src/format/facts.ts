/** The `t` of renderer/src/i18n as plain functions that build facts text need it (keeps them testable). */
import type { Revision } from '../../../contract'

export type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * A record's facts for read-aloud and the QR code, with its version said: an earlier version
 * says first that it was replaced, a correction says why right after the title (the first
 * part), so neither is cut off the end of the code.
 */
export function versionedFacts(facts: string, revision: Revision, t: Translate): string {
  const join = t('kiosk.factsJoin')
  if (revision.replacedBy) return [t('revision.replaced'), facts].join(join)
  if (!revision.correction) return facts
  const [title = '', ...rest] = facts.split(join)
  return [title, t('entry.correctedShort', { reason: revision.correction.reason }), ...rest].join(
    join,
  )
}
