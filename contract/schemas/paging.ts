/** Public lists go out a page at a time, as the ledger sheet does; counts are the whole set's. */
import { z } from 'zod'
import { LIST_PAGE_MAX } from '../page-sizes'

export { LIST_PAGE, LIST_PAGE_MAX } from '../page-sizes'

/** Where a page starts and how long it is; left out, the first LIST_PAGE rows. */
export const PageWindow = {
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(LIST_PAGE_MAX).optional(),
}

/** One page of a list core sorted and filtered over the whole set. */
export interface ListPage<T> {
  items: T[]
  offset: number
  /** How many rows the whole (filtered) list has. */
  total: number
  /** The newest date of the whole list, for its 最后更新; null when empty. */
  latest: string | null
}
