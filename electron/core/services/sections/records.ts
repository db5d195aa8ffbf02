/** Reading published records of any section: current ones for lists, any published one by id. */
import type { Publication } from '../../../../contract'
import type { VersionLine } from '../versions'
import { ApiFailure } from '../../api/failure'
import type { CollectionName, Collections, Store } from '../../store/types'
import { isCurrentPublished } from '../published'
import './store-types'

type Published = Publication & { id: string }

/** The collections whose records carry the publication workflow. */
export type PublishedColl = {
  [C in CollectionName]: Collections[C] extends Published ? C : never
}[CollectionName]

/** Published records no correction has replaced: what lists and sums use. */
export function currentPublished<C extends PublishedColl>(store: Store, coll: C): Collections[C][] {
  return store.all(coll).filter((r) => isCurrentPublished(r as Published))
}

/**
 * One published record by id (an earlier, corrected version too, so 已更正 can link to it);
 * drafts, submitted and returned records answer NOT_FOUND like a missing id.
 */
export function publishedById<C extends PublishedColl>(
  store: Store,
  coll: C,
  id: string,
  notFound: string,
): Collections[C] {
  const r = store.get(coll, id)
  if (!r || (r as Published).status !== 'published') throw new ApiFailure('NOT_FOUND', notFound)
  return r
}

/** The version line a detail page shows: signed when and by whom, what it corrected or what replaced it. */
export function revisionOf(r: Publication): VersionLine {
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

/** The latest publication time among some records ('' when none). */
export function latestPublishedAt(records: readonly Publication[]): string {
  let max = ''
  for (const r of records) if (r.publishedAt && r.publishedAt > max) max = r.publishedAt
  return max
}

/**
 * A reader from any version's id to the current published version's id (undefined when the
 * record is not public), remembered for one read: lines and projects keep the id they were
 * linked to, and a correction is a new record with a new id.
 */
export function currentIds(
  store: Store,
  coll: PublishedColl,
): (id: string | undefined) => string | undefined {
  const seen = new Map<string, string | undefined>()
  return (id) => {
    if (!id) return undefined
    if (!seen.has(id)) seen.set(id, (linkedPublished(store, coll, id) as Published | undefined)?.id)
    return seen.get(id)
  }
}

/**
 * The current published version a link points to: follows published corrections, so a
 * project still linked to a corrected matter shows the corrected one; undefined if unpublished.
 */
export function linkedPublished<C extends PublishedColl>(
  store: Store,
  coll: C,
  id: string | undefined,
): Collections[C] | undefined {
  let r = id ? store.get(coll, id) : undefined
  for (let hops = 0; r && hops < 50; hops++) {
    const p = r as Published
    if (p.status !== 'published') return undefined
    if (!p.supersededBy) return r
    const next = store.get(coll, p.supersededBy)
    if (!next || (next as Published).status !== 'published') return r
    r = next
  }
  return undefined
}
