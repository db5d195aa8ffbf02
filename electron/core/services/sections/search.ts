/** The search handler, with its index prebuilt and rebuilt when the journal head moves. */
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { searchDocs } from './search-docs'
import { buildIndex, indexSteps, searchIndex, type SearchIndex } from './search-index'
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

/** A build in the background hands core back between slices this long (ms). */
const SLICE_MS = 8
/** How long it waits for the older years' ledgers to be read in the background first (ms). */
const WAIT_FOR_READS_MS = 10_000

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const later = (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    t.unref?.()
  })

/** Builds the index for the store's seq in slices, handing core back between them. */
async function buildInSlices(store: Store): Promise<void> {
  // The older years' ledgers are read one a turn after the open: reading them all now, in one
  // piece, would hold core (half a second here, seconds on an old PC) just after the start.
  for (let waited = 0; store.unread() > 0 && waited < WAIT_FOR_READS_MS; waited += 50) {
    await later(50)
  }
  const seq = store.head().seq
  const previous = built.get(store)
  if (previous?.seq === seq) return
  const steps = indexSteps(searchDocs(store), previous?.fields)
  let slice = performance.now()
  for (;;) {
    const r = steps.next()
    if (r.done) {
      // A change meanwhile, or a search that built it itself: this build is not the current one.
      if (store.head().seq !== seq || built.get(store)?.seq === seq) return
      const { fields, ...index } = r.value
      built.set(store, { seq, index, fields })
      return
    }
    if (performance.now() - slice >= SLICE_MS) {
      await nextTurn()
      slice = performance.now()
    }
  }
}

/**
 * Builds the index in the background if records changed since the last build, so the first
 * letter a villager types is answered at once. Section screens trigger it via freshness; the
 * taps that follow are answered between the build's slices, not after all of it.
 */
export function prebuildSearchIndex(store: Store): Promise<void> {
  if (pending.has(store) || built.get(store)?.seq === store.head().seq) return Promise.resolve()
  pending.add(store)
  return (
    buildInSlices(store)
      // A store closed meanwhile: the next search builds the index itself.
      .catch(() => undefined)
      .finally(() => pending.delete(store))
  )
}

/** Handler of the kiosk's one search box. */
export const searchHandlers: HandlerGroup<'search'> = {
  search: ({ q }, { store }) => searchIndex(currentIndex(store), q),
}
