/** The search handler, with its index prebuilt and rebuilt when the journal head moves. */
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { searchDocs } from './search-docs'
import { villageToday } from './days'
import { answer, answerFirstLetters, firstLettersAnswered } from './search-answers'
import { buildIndex, indexSteps, type SearchIndex } from './search-index'
import type { Field } from './search-match'

interface Built {
  seq: number
  index: SearchIndex
  fields: Map<string, Field>
}

const built = new WeakMap<Store, Built>()
/** The background build running for a store, and the stores asked again meanwhile. */
const pending = new WeakMap<Store, Promise<void>>()
const again = new WeakSet<Store>()
/** The village's today as last asked per store: a build asked again works its letters out for it. */
const lastDay = new WeakMap<Store, string>()

/** The index for the store as it is now: any commit (a publish, a correction) rebuilds it. */
export function currentIndex(store: Store): SearchIndex {
  const seq = store.head().seq
  const cached = built.get(store)
  if (cached && cached.seq === seq) return cached.index
  const { fields, ...index } = buildIndex(searchDocs(store), cached?.fields)
  built.set(store, { seq, index, fields })
  return index
}

/** The seq of the records the built index is for (null before the first build). */
export function indexedSeq(store: Store): number | null {
  return built.get(store)?.seq ?? null
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
async function indexInSlices(store: Store): Promise<void> {
  // The older years' ledgers are read one a turn after the open: reading them all now, in one
  // piece, would hold core (half a second here, seconds on an old PC) just after the start.
  for (let waited = 0; store.unread() > 0 && waited < WAIT_FOR_READS_MS; waited += 50) {
    await later(50)
  }
  // A change during the build starts it again, keeping the texts it prepared (a few times at
  // most: a burst of changes is left to the next call that asks).
  let cache = built.get(store)?.fields
  for (let attempt = 0; attempt < 3; attempt++) {
    const seq = store.head().seq
    if (built.get(store)?.seq === seq) return
    const steps = indexSteps(searchDocs(store), cache)
    let slice = performance.now()
    let r = steps.next()
    for (; !r.done; r = steps.next()) {
      if (performance.now() - slice >= SLICE_MS) {
        await nextTurn()
        slice = performance.now()
      }
    }
    const { fields, ...index } = r.value
    // A search may have built this seq itself meanwhile: that one is kept.
    if (store.head().seq === seq) {
      if (built.get(store)?.seq !== seq) built.set(store, { seq, index, fields })
      return
    }
    cache = fields
  }
}

/** The index in slices, then (given the village's today) its first letters, a letter a turn. */
async function buildInSlices(store: Store, today?: string): Promise<void> {
  await indexInSlices(store)
  const done = built.get(store)
  if (!today || !done || done.seq !== store.head().seq) return
  // Stops when the records change (no use for letters nobody can be given) or the index does.
  const current = () => built.get(store) === done && store.head().seq === done.seq
  await answerFirstLetters(done.index, today, nextTurn, current)
}

/** Whether the index is for the records as they are, with its first letters for `today`. */
function ready(store: Store, today?: string): boolean {
  const done = built.get(store)
  if (!done || done.seq !== store.head().seq) return false
  return !today || firstLettersAnswered(done.index, today)
}

/**
 * Builds the index in the background if records changed since the last build, then works out
 * the answer to every first letter on `today` (see search-answers.ts), so the first letter a
 * villager types is answered at once. Section screens trigger it via freshness; the taps that
 * follow are answered between the build's slices, not after all of it. Asked again while a
 * build runs, it builds once more after it if the records changed meanwhile.
 */
export function prebuildSearchIndex(store: Store, today?: string): Promise<void> {
  if (today) lastDay.set(store, today)
  if (ready(store, today)) return Promise.resolve()
  const running = pending.get(store)
  if (running) {
    again.add(store)
    return running
  }
  const run = buildInSlices(store, today)
    // A store closed meanwhile: the next search builds the index itself.
    .catch(() => undefined)
    .finally(() => {
      pending.delete(store)
      if (again.delete(store)) void prebuildSearchIndex(store, lastDay.get(store))
    })
  pending.set(store, run)
  return run
}

/** Handler of the kiosk's one search box. */
export const searchHandlers: HandlerGroup<'search'> = {
  search: ({ q }, { store, now }) => answer(currentIndex(store), q, villageToday(now())),
}
