/**
 * Which version of a publishable record the public sees, and what its correction says: shared
 * by every public section, so 已更正 reads the same on projects, matters, meetings and notices.
 */
import type { Publication, Revision } from '../../../contract'

/** The version line alone, before any facts of the earlier version are compared. */
export type VersionLine = Omit<Revision, 'correction'> & {
  correction?: { reason: string; earlierId: string }
}

/** The fields of a record that say where it stands among its versions. */
export type Versioned = Pick<
  Publication,
  | 'status'
  | 'version'
  | 'publishedAt'
  | 'publishedBy'
  | 'supersedes'
  | 'supersededBy'
  | 'correctionReason'
> & { id: string }

/** A published version that no published correction has replaced: what the public sees. */
export function isCurrentVersion(r: Versioned): boolean {
  return r.status === 'published' && !r.supersededBy
}

/** The current published versions in a list; drafts, pending corrections and replaced ones drop out. */
export function currentPublished<R extends Versioned>(list: Iterable<R>): R[] {
  return [...list].filter(isCurrentVersion)
}

/** Whether a version may be shown publicly at all: current, or an earlier version kept on record. */
export function isPublicVersion(r: Versioned): boolean {
  return r.status === 'published'
}

/** What a public page shows about a version: who signed it when, and any correction it made. */
export function revisionOf(r: Versioned): VersionLine {
  return {
    version: r.version,
    publishedAt: r.publishedAt ?? '',
    publishedBy: r.publishedBy?.name ?? '',
    ...(r.supersedes
      ? { correction: { reason: r.correctionReason ?? '', earlierId: r.supersedes } }
      : {}),
    ...(r.supersededBy ? { replacedBy: r.supersededBy } : {}),
  }
}

/** 已更正: when the correction was signed, why, and the version it replaced. */
export interface CorrectionOf<R> {
  correctedAt: string
  reason: string
  earlier: R
}

/** The correction a published record made, or null when it is an original or not yet published. */
export function correctionOf<R extends Versioned>(
  r: R,
  get: (id: string) => R | undefined,
): CorrectionOf<R> | null {
  if (r.status !== 'published' || !r.supersedes) return null
  const earlier = get(r.supersedes)
  if (!earlier || earlier.supersededBy !== r.id) return null
  return { correctedAt: r.publishedAt ?? '', reason: r.correctionReason ?? '', earlier }
}

/** Every earlier published version of a record, newest first (a chain of corrections). */
export function earlierVersions<R extends Versioned>(
  r: R,
  get: (id: string) => R | undefined,
): R[] {
  const out: R[] = []
  const seen = new Set<string>([r.id])
  let step = correctionOf(r, get)
  while (step && !seen.has(step.earlier.id)) {
    out.push(step.earlier)
    seen.add(step.earlier.id)
    step = correctionOf(step.earlier, get)
  }
  return out
}
