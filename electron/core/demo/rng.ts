/** A seeded PRNG (mulberry32), so the same seed always yields the same demo village. */

/** Everything the generators draw from; nothing else may be random. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** A UUID-shaped id (version 4 layout) drawn from the seed, unlike crypto.randomUUID. */
  uuid(): string
}

/** Folds a text seed into 32 bits (FNV-1a) so seeds like 'demo' work too. */
export function seedOf(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Creates a deterministic generator; two generators with one seed give one sequence. */
export function createRng(seed: number | string): Rng {
  let a = seedOf(seed)
  const u32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const next = () => u32() / 4294967296
  const hex = (n: number, digits: number) =>
    (n >>> 0).toString(16).padStart(8, '0').slice(0, digits)
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('demo/rng: 不能从空列表中抽取')
      return items[Math.floor(next() * items.length)]!
    },
    uuid: () => {
      const [w1, w2, w3, w4] = [u32(), u32(), u32(), u32()]
      const variant = (8 + (w3 >>> 30)).toString(16)
      return [
        hex(w1, 8),
        hex(w2, 4),
        '4' + hex(w2 << 16, 3),
        variant + hex(w3 << 2, 3),
        hex(w4, 8) + hex(w3 << 16, 4),
      ].join('-')
    },
  }
}
