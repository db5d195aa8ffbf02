/** The latest of some ISO dates or times, for a section's "最后更新" (undefined when none). */
export function latestOf(values: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined
  for (const v of values) if (v && (!best || v > best)) best = v
  return best
}
