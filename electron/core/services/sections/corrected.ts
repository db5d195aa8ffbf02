/**
 * 已更正 on a public detail page: the version line plus what the earlier version said wherever
 * it differs, compared here in core so the screen only puts the facts into words.
 */
import type { CorrectedFact, Publication, Revision } from '../../../../contract'
import { revisionOf } from './records'

const EMPTY = { type: 'text', text: '' } as const

/** The earlier facts that differ from the current ones; a fact new in this version was empty before. */
export function changedFacts(earlier: CorrectedFact[], now: CorrectedFact[]): CorrectedFact[] {
  const key = (f: CorrectedFact) => JSON.stringify(f.value)
  const before = new Map(earlier.map((f) => [f.field, f]))
  const out: CorrectedFact[] = []
  for (const f of now) {
    const old = before.get(f.field)
    if (!old) out.push({ field: f.field, value: EMPTY })
    else if (key(old) !== key(f)) out.push(old)
  }
  const current = new Set(now.map((f) => f.field))
  return [...out, ...earlier.filter((f) => !current.has(f.field))]
}

/** The version line of a published record; a correction carries its date and the earlier facts that changed. */
export function revisionWithFacts<R extends Publication>(
  r: R,
  get: (id: string) => R | undefined,
  facts: (x: R) => CorrectedFact[],
): Revision {
  const { correction, ...base } = revisionOf(r)
  if (!correction) return base
  const earlier = get(correction.earlierId)
  const at = r.publishedAt ?? ''
  return {
    ...base,
    correction: {
      ...correction,
      at,
      earlier: earlier ? changedFacts(facts(earlier), facts(r)) : [],
    },
  }
}
