/**
 * The last `keep` results of a pure piece of work, by key; past that the least recently used
 * goes. For work asked again and again with the same input between changes (a text through the
 * personal-number detector, a search over one index), where looking up costs far less.
 */
export interface Recent<V> {
  get(key: string): V | undefined
  set(key: string, value: V): void
  has(key: string): boolean
}

export function recent<V>(keep: number): Recent<V> {
  const kept = new Map<string, V>()
  return {
    get(key) {
      const value = kept.get(key)
      if (value !== undefined) {
        kept.delete(key)
        kept.set(key, value)
      }
      return value
    },
    set(key, value) {
      kept.delete(key)
      kept.set(key, value)
      if (kept.size > keep) kept.delete(kept.keys().next().value!)
    },
    has: (key) => kept.has(key),
  }
}
