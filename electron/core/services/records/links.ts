/**
 * Links from a record (or a ledger line) to a project or 四议两公开 matter. A draft may still be
 * rewritten into something else entirely, so only a record that has been signed and published
 * (a frozen version, corrected only in the open) may be linked to.
 */
import type { Store } from '../../store/types'
import { FieldErrors } from './field-errors'

export type LinkColl = 'projects' | 'matters'

/** One link field of a record: the form field, what it points into, and the id it holds. */
export interface Link {
  path: string
  coll: LinkColl
  id: string | undefined
}

const NOUN: Record<LinkColl, string> = { projects: '项目', matters: '四议两公开事项' }

/** Whether `id` names no record, one never yet signed and published, or a published version. */
export function linkState(
  store: Store,
  coll: LinkColl,
  id: string,
): 'missing' | 'unpublished' | 'published' {
  const r = store.get(coll, id)
  if (!r) return 'missing'
  return r.status === 'published' ? 'published' : 'unpublished'
}

/** Adds a plain refusal beside each link that points at nothing or at an unpublished record. */
export function addLinkErrors(errors: FieldErrors, store: Store, links: readonly Link[]): void {
  for (const { path, coll, id } of links) {
    if (!id) continue
    const state = linkState(store, coll, id)
    if (state === 'missing') errors.add(path, `关联的${NOUN[coll]}不存在`)
    if (state === 'unpublished') errors.add(path, `请先公开这个${NOUN[coll]}，再关联到它`)
  }
}

/** The same check alone, for a record being submitted or signed: throws BAD_INPUT. */
export function assertLinks(store: Store, links: readonly Link[]): void {
  const errors = new FieldErrors()
  addLinkErrors(errors, store, links)
  errors.throwIfAny()
}
