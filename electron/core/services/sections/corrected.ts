/**
 * 已更正 on a public detail page: the version line plus what the earlier version said wherever
 * it differs, compared here in core so the screen only puts the facts into words.
 */
import type {
  CorrectedFact,
  CorrectedValue,
  Publication,
  Revision,
  RowLine,
} from '../../../../contract'
import { revisionOf } from './records'

const EMPTY = { type: 'text', text: '' } as const

const lineKey = (r: RowLine) => JSON.stringify([r.name, r.group, r.note, r.amountFen])

/** The rows of `a` not in `b`, each row counted as often as it is listed. */
function minus(a: readonly RowLine[], b: readonly RowLine[]): RowLine[] {
  const left = new Map<string, number>()
  for (const r of b) left.set(lineKey(r), (left.get(lineKey(r)) ?? 0) + 1)
  return a.filter((r) => {
    const n = left.get(lineKey(r)) ?? 0
    if (n > 0) left.set(lineKey(r), n - 1)
    return n === 0
  })
}

/**
 * A list as it was, for the screen: its count and total, and instead of every row only the rows
 * that changed (who went, who came), so a swapped name or money moved between two people shows
 * even when the count and total stayed.
 */
function slim(value: CorrectedValue, now?: CorrectedValue): CorrectedValue {
  if (value.type === 'step' || value.type === 'milestones') return filesChanged(value, now)
  if (value.type !== 'rows') return value
  const { lines = [], ...rest } = value
  const current = now?.type === 'rows' ? (now.lines ?? []) : []
  const gone = minus(lines, current)
  const added = minus(current, lines)
  return { ...rest, ...(gone.length ? { gone } : {}), ...(added.length ? { added } : {}) }
}

const sameFiles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((n, i) => n === b[i])

/**
 * A scan or photo swapped for another leaves every count and date as it was: say so, or the
 * earlier step (or milestone) would read exactly like the current one.
 */
function filesChanged(
  value: Extract<CorrectedValue, { type: 'step' | 'milestones' }>,
  now?: CorrectedValue,
): CorrectedValue {
  if (value.type === 'step') {
    const current = now?.type === 'step' ? now.signatures : []
    return sameFiles(value.signatures, current) ? value : { ...value, signaturesChanged: true }
  }
  const items = now?.type === 'milestones' ? now.items : []
  return {
    ...value,
    items: value.items.map((m) => {
      const same = items.find((n) => n.date === m.date && n.title === m.title)
      return !same || sameFiles(m.photos, same.photos) ? m : { ...m, photosChanged: true }
    }),
  }
}

/** The earlier facts that differ from the current ones; a fact new in this version was empty before. */
export function changedFacts(earlier: CorrectedFact[], now: CorrectedFact[]): CorrectedFact[] {
  const key = (f: CorrectedFact) => JSON.stringify(f.value)
  const before = new Map(earlier.map((f) => [f.field, f]))
  const out: CorrectedFact[] = []
  for (const f of now) {
    const old = before.get(f.field)
    if (!old) out.push({ field: f.field, value: EMPTY })
    else if (key(old) !== key(f)) out.push({ field: old.field, value: slim(old.value, f.value) })
  }
  const current = new Set(now.map((f) => f.field))
  const only = earlier.filter((f) => !current.has(f.field))
  return [...out, ...only.map((f) => ({ field: f.field, value: slim(f.value) }))]
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
