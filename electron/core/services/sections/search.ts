/** The search handler, with its index built once and rebuilt when the journal head moves. */
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { searchDocs } from './search-docs'
import { buildIndex, searchIndex, type SearchIndex } from './search-index'

const built = new WeakMap<Store, { seq: number; index: SearchIndex }>()

/** The index for the store as it is now: any commit (a publish, a correction) rebuilds it. */
export function currentIndex(store: Store): SearchIndex {
  const seq = store.head().seq
  const cached = built.get(store)
  if (cached && cached.seq === seq) return cached.index
  const index = buildIndex(searchDocs(store))
  built.set(store, { seq, index })
  return index
}

/** Handler of the kiosk's one search box. */
export const searchHandlers: HandlerGroup<'search'> = {
  search: ({ q }, { store }) => searchIndex(currentIndex(store), q),
}
