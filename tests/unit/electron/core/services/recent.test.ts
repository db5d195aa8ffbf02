import { describe, expect, it } from 'vitest'
import { recent } from '../../../../../electron/core/services/recent'

describe('recent', () => {
  it('keeps the last results, dropping the one used longest ago', () => {
    const kept = recent<string>(3)
    for (const k of ['a', 'b', 'c']) kept.set(k, k.toUpperCase())
    expect(kept.get('a')).toBe('A') // used again: now the newest
    kept.set('d', 'D')
    expect(['a', 'b', 'c', 'd'].map((k) => kept.has(k))).toEqual([true, false, true, true])
    expect([kept.get('a'), kept.get('b'), kept.get('c'), kept.get('d')]).toEqual([
      'A',
      undefined,
      'C',
      'D',
    ])
  })

  it('a key set again holds the new result and counts once', () => {
    const kept = recent<number>(2)
    kept.set('a', 1)
    kept.set('a', 2)
    kept.set('b', 3)
    expect([kept.get('a'), kept.get('b')]).toEqual([2, 3])
  })
})
