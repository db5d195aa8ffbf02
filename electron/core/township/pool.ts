/**
 * Bounded concurrency for the console's file work: many small reads and copies overlap on the
 * thread pool while the main thread checks signatures, without opening thousands of files at once.
 */

/** How many files the console reads or copies at once. */
export const FILES_AT_ONCE = 16

/** Maps `items` through `fn` with at most `limit` calls running; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return out
}
