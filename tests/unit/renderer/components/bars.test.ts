import { describe, expect, it } from 'vitest'
import { barLengths } from '../../../../renderer/src/components/section/bars'

describe('bar lengths', () => {
  it('gives each bar its share of the longest, in whole tenths of a percent', () => {
    expect(barLengths([10_500_000, 3_900_000, 577_500, 123_000])).toEqual([1000, 371, 55, 12])
  })

  it('keeps a small amount beside a large one visible, and no money no bar', () => {
    expect(barLengths([100_000_000, 1, 0])).toEqual([1000, 10, 0])
  })

  it('draws nothing when no bar has money', () => {
    expect(barLengths([0, 0])).toEqual([0, 0])
    expect(barLengths([])).toEqual([])
  })
})
