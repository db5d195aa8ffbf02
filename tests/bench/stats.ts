/** Small statistics for the benchmark: medians and nearest-rank percentiles. */

/** The p-th percentile by nearest rank (p95 of 20 samples is the 19th smallest). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** The middle value (the lower of the two middles for an even count). */
export const median = (values: readonly number[]): number => percentile(values, 50)
