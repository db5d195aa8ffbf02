import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  hashPassword,
  needsPepper,
  pepperHash,
  verifyPassword,
} from '../../../../../../electron/core/services/auth/password'
import { withPepper, type PepperRing } from '../../../../../../electron/core/services/auth/pepper'

function ring(...peppers: Buffer[]): PepperRing {
  const ids = peppers.map((_, i) => `${String(i).padStart(2, '0')}`.padEnd(16, 'a'))
  return {
    current: async () => ({ id: ids[0]!, key: peppers[0]! }),
    byId: async (id) => peppers[ids.indexOf(id)],
  }
}

describe('peppered PIN hashes', () => {
  const mine = ring(randomBytes(32))
  const other = ring(randomBytes(32))

  it('inside a core: the hash names its pepper and needs it to verify', async () => {
    const h = await withPepper(mine, () => hashPassword('246810'))
    expect(h).toMatch(/^pscrypt\$[a-f0-9]{16}\$scrypt\$N=\d+,r=8,p=1\$/)
    expect(needsPepper(h)).toBe(false)
    expect(await withPepper(mine, () => verifyPassword(h, '246810'))).toBe(true)
    expect(await withPepper(mine, () => verifyPassword(h, '246811'))).toBe(false)
    // A copied users file on a machine without that pepper: the right PIN still fails.
    expect(await withPepper(other, () => verifyPassword(h, '246810'))).toBe(false)
    expect(await verifyPassword(h, '246810')).toBe(false)
  })

  it('old unpeppered hashes keep working, and can be peppered without the PIN', async () => {
    const old = await hashPassword('135790')
    expect(needsPepper(old)).toBe(true)
    expect(await withPepper(mine, () => verifyPassword(old, '135790'))).toBe(true)
    const upgraded = await withPepper(mine, () => pepperHash(old))
    expect(upgraded).not.toBe(old)
    expect(await withPepper(mine, () => verifyPassword(upgraded, '135790'))).toBe(true)
    expect(await withPepper(mine, () => verifyPassword(upgraded, '135791'))).toBe(false)
  })
})
