/** The search handler, with its index prebuilt and rebuilt when the journal head moves. */
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { searchDocs } from './search-docs'
import { buildIndex, searchIndex, type SearchIndex } from './search-index'
import type { Field } from './search-match'

interface Built {
  seq: number
  index: SearchIndex
  fields: Map<string, Field>
}

const built = new WeakMap<Store, Built>()
const pending = new WeakSet<Store>()

/** The index for the store as it is now: any commit (a publish, a correction) rebuilds it. */
export function currentIndex(store: Store): SearchIndex {
  const seq = store.head().seq
  const cached = built.get(store)
  if (cached && cached.seq === seq) return cached.index
  const { fields, ...index } = buildIndex(searchDocs(store), cached?.fields)
  built.set(store, { seq, index, fields })
  return index
}

/**
 * Builds the index soon, off the current call, if records changed since the last build, so the
 * first letter a villager types is answered at once. Section screens trigger it via freshness.
 */
export function prebuildSearchIndex(store: Store): void {
  if (pending.has(store) || built.get(store)?.seq === store.head().seq) return
  pending.add(store)
  const timer = setTimeout(() => {
    pending.delete(store)
    try {
      currentIndex(store)
    } catch {
      // A store closed meanwhile: the next search builds the index itself.
    }
  }, 0)
  timer.unref?.()
}

/** Handler of the kiosk's one search box. */
export const searchHandlers: HandlerGroup<'search'> = {
  search: ({ q }, { store }) => searchIndex(currentIndex(store), q),
}
