import { describe, expect, it } from 'vitest'
import { createRng, seedOf } from '../../../../../electron/core/demo/rng'

describe('createRng', () => {
  it('repeats its sequence for a seed, text seeds included', () => {
    const a = createRng('demo')
    const b = createRng(seedOf('demo'))
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    )
  })

  it('draws integers within both bounds and UUID-shaped ids', () => {
    const rng = createRng(1)
    const seen = new Set<number>()
    for (let i = 0; i < 1000; i++) seen.add(rng.int(1, 6))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
    const ids = Array.from({ length: 100 }, () => rng.uuid())
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(new Set(ids).size).toBe(100)
  })

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(RangeError)
  })
})
