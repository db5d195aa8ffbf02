/** Cuts one page out of a list sorted over the whole set, so the kiosk never gets ten years at once. */
import { LIST_PAGE, type ListPage } from '../../../../contract'

/** The page asked for; `view` runs on that page's rows only, `dateOf` over all for 最后更新. */
export function pageOf<T, V>(
  all: readonly T[],
  window: { offset?: number; limit?: number },
  view: (t: T) => V,
  dateOf: (t: T) => string | undefined,
): ListPage<V> {
  const offset = window.offset ?? 0
  const limit = window.limit ?? LIST_PAGE
  let latest: string | null = null
  for (const t of all) {
    const d = dateOf(t)
    if (d && (latest === null || d > latest)) latest = d
  }
  return { items: all.slice(offset, offset + limit).map(view), offset, total: all.length, latest }
}
