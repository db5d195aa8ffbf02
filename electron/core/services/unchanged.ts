/**
 * The "still as read" rule every workflow checks in its commit's own turn (Store
 * Change.recheck): a handler reads records, decides, and writes; a change queued meanwhile by
 * another screen (a second 监委 signing, a line saved just as its sheet was submitted, two
 * cadres answering one question) must refuse the later write, not be written over.
 */
import { ApiFailure } from '../api/failure'
import { canonicalJson } from '../store/canonical'
import type { CollectionName, Collections, Store } from '../store/types'

/**
 * A recheck that throws CONFLICT with `message` unless each of `read` (records of `coll`, by
 * `key`) is still exactly as it was when this was called.
 */
export function unchangedSince<C extends CollectionName>(
  store: Store,
  coll: C,
  read: ReadonlyArray<Collections[C]>,
  message: string,
  key: (r: Collections[C]) => string = (r) => (r as { id: string }).id,
): () => void {
  const was = read.map((r) => [key(r), canonicalJson(r)] as const)
  return () => {
    for (const [id, json] of was) {
      const now = store.get(coll, id)
      if (!now || canonicalJson(now) !== json) throw new ApiFailure('CONFLICT', message)
    }
  }
}
