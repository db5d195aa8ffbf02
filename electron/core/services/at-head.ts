/**
 * Figures derived from all the records (ten years of ledger lines), made once per journal head
 * and kept until the next commit: every change moves the head, so none is ever stale.
 */
import type { Store } from '../store/types'

const made = new WeakMap<Store, { head: string; values: Map<string, unknown> }>()

/** `build()`'s value for the store as it is now; callers must not change what it returns. */
export function atHead<T>(store: Store, key: string, build: () => T): T {
  const { seq, hash } = store.head()
  const head = `${seq}:${hash}`
  let kept = made.get(store)
  if (!kept || kept.head !== head) {
    kept = { head, values: new Map() }
    made.set(store, kept)
  }
  if (kept.values.has(key)) return kept.values.get(key) as T
  const value = build()
  kept.values.set(key, value)
  return value
}
