import { expect, it } from 'vitest'
import { headCode } from '../../../../../../renderer/src/views/admin/data/head-code'

it('a restore record’s 16-digit 核验码 is shown in four groups, as everywhere', () => {
  expect(headCode('3fa9c2d10b7e55aa')).toBe('3fa9 c2d1 0b7e 55aa')
})

it('an 8-digit one journaled before is shown as kept, said to be the older, shorter code', () => {
  expect(headCode('3fa9c2d1')).toBe('3fa9 c2d1（旧版 8 位核验码）')
})

it('an empty journal’s head (a restore onto a new machine) has no code to call older', () => {
  expect(headCode('')).toBe('')
})
