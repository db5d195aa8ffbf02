import { computed, ref, shallowRef } from 'vue'
import { LIST_PAGE, LIST_PAGE_MAX, type ListPage } from '../../../contract'
import { asProblem, type ApiProblem } from '../api'
import { takeTurns } from './take-turns'

/** Fetches one page of a list core sorts and filters; `A` is the filter (stage, kind, part …). */
export type PageFetch<T, A> = (args: A, offset: number, limit: number) => Promise<ListPage<T>>

/** What a view reads of a list's pages: a store's `reactive(useListPages(…))`. */
export interface ListPagesView<T> {
  readonly rows: readonly T[] | null
  readonly total: number
  readonly moreLoading: boolean
  readonly moreError: ApiProblem | null
  loadMore(): Promise<void>
}

/**
 * A public list as the kiosk holds it, like the ledger sheet: the first page, then one more
 * page per tap on 再看 50 条. Counts and 最后更新 are core's over the whole set; the list never
 * grows under the finger by itself, and a refresh keeps as many rows as were shown.
 */
export function useListPages<T, A>(fetchPage: PageFetch<T, A>) {
  const first = shallowRef<ListPage<T> | null>(null)
  const extra = shallowRef<T[]>([])
  const loading = ref(false)
  const error = shallowRef<ApiProblem | null>(null)
  const moreLoading = ref(false)
  const moreError = shallowRef<ApiProblem | null>(null)
  /** The filter shown; null before the first open. */
  const args = shallowRef<{ value: A } | null>(null)
  /** Bumped whenever the list is replaced, so an older answer is dropped. */
  let generation = 0

  const rows = computed<T[] | null>(() =>
    first.value
      ? extra.value.length
        ? first.value.items.concat(extra.value)
        : first.value.items
      : null,
  )
  const total = computed(() => first.value?.total ?? 0)
  const hasMore = computed(() => (rows.value?.length ?? 0) < total.value)

  /** Shows a first page already fetched (notices.list brings two at once). */
  function seed(a: A, page: ListPage<T>): void {
    generation++
    args.value = { value: a }
    first.value = page
    extra.value = []
    loading.value = false
    error.value = null
    moreLoading.value = false
    moreError.value = null
  }

  /** Loads the first page of `a`; what was shown stays until the answer comes. */
  async function open(a: A): Promise<void> {
    const mine = ++generation
    const changed = !args.value || args.value.value !== a
    args.value = { value: a }
    if (changed) {
      first.value = null
      extra.value = []
    }
    loading.value = true
    error.value = null
    moreLoading.value = false
    moreError.value = null
    try {
      const page = await fetchPage(a, 0, LIST_PAGE)
      if (mine !== generation) return
      first.value = page
      extra.value = []
    } catch (e) {
      if (mine === generation) error.value = asProblem(e)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /**
   * 再看 50 条 and a refresh take turns: run side by side, the refresh (counting the rows shown
   * when it began) put back the first page over the 50 just brought, or dropped them and left
   * the button busy for good.
   */
  const inTurn = takeTurns()

  /** The next page after what is shown (after any refresh on its way); a no-op while one is coming. */
  async function loadMore(): Promise<void> {
    if (!args.value || !rows.value || !hasMore.value || moreLoading.value) return
    const mine = generation
    moreLoading.value = true
    moreError.value = null
    await inTurn(async () => {
      const shown = rows.value
      if (mine !== generation || !args.value || !shown || shown.length >= total.value) return
      try {
        const page = await fetchPage(args.value.value, shown.length, LIST_PAGE)
        if (mine !== generation) return
        extra.value = extra.value.concat(page.items)
        if (first.value && page.total !== first.value.total)
          first.value = { ...first.value, total: page.total }
      } catch (e) {
        if (mine === generation) moreError.value = asProblem(e)
      }
    })
    if (mine === generation) moreLoading.value = false
  }

  /**
   * After a publish: the first page again (or the one given), then as many rows as were shown,
   * swapped in at once so the villager keeps their place. A new filter (open) drops it.
   */
  async function refresh(given?: ListPage<T>): Promise<void> {
    const mine = generation
    await inTurn(async () => {
      if (mine !== generation || !args.value || !rows.value) return
      const a = args.value.value
      const had = rows.value.length
      try {
        const page = given ?? (await fetchPage(a, 0, LIST_PAGE))
        const more: T[] = []
        const want = Math.min(had, page.total)
        for (let offset = page.items.length; offset < want;) {
          const next = await fetchPage(a, offset, Math.min(LIST_PAGE_MAX, want - offset))
          if (mine !== generation) return
          if (!next.items.length) break
          more.push(...next.items)
          offset += next.items.length
        }
        if (mine !== generation) return
        first.value = page
        extra.value = more
        error.value = null
      } catch (e) {
        if (mine === generation) error.value = asProblem(e)
      }
    })
  }

  return {
    args,
    page: first,
    rows,
    total,
    hasMore,
    loading,
    error,
    moreLoading,
    moreError,
    seed,
    open,
    loadMore,
    refresh,
  }
}
