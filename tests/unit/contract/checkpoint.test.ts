import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  CHECKPOINT_HEX,
  checkpointHash,
  checkpointLabel,
  groupedHash,
} from '../../../contract/checkpoint'

const full = createHash('sha256').update('村务公开').digest('hex')

describe('the 核验码 a villager copies down', () => {
  it('keeps 16 hex digits (64 bits) of the head hash: too many to grind a look-alike history', () => {
    expect(CHECKPOINT_HEX).toBe(16)
    expect(checkpointHash(full)).toBe(full.slice(0, 16))
  })

  it('extends the old 8-digit code: an old note is the first two groups of the new one', () => {
    expect(checkpointHash(full).startsWith(full.slice(0, 8))).toBe(true)
    expect(groupedHash(checkpointHash(full)).startsWith(groupedHash(full.slice(0, 8)))).toBe(true)
  })

  it('is shown in groups of four, with its sequence number', () => {
    expect(groupedHash('3fa9c2d10b7e55aa')).toBe('3fa9 c2d1 0b7e 55aa')
    expect(groupedHash('3fa9c2d1')).toBe('3fa9 c2d1')
    expect(groupedHash('')).toBe('')
    expect(checkpointLabel({ seq: 128, hash: '3fa9c2d10b7e55aa' })).toBe(
      '#128 · 3fa9 c2d1 0b7e 55aa',
    )
  })
})
