import { describe, expect, it, vi } from 'vitest'
import type * as kioskCost from '../../../../../../electron/core/services/auth/password'
import {
  DUMMY_HASH,
  hashPassword,
  scryptLog2N,
  TEST_COST_ENV,
  verifyPassword,
} from '../../../../../../electron/core/services/auth/password'

const SOURCE = '../../../../../../electron/core/services/auth/password'
/** N of the hashes this process makes (the unit run lowers it, see vitest.config.ts). */
const N = 2 ** scryptLog2N()

describe('password hashes', () => {
  it('stores scrypt at r=8, p=1 with a 16-byte salt, in a self-describing string', async () => {
    const h = await hashPassword('135790')
    const m = new RegExp(`^scrypt\\$N=${N},r=8,p=1\\$([^$]+)\\$([^$]+)$`).exec(h)
    expect(m).not.toBeNull()
    expect(Buffer.from(m![1]!, 'base64')).toHaveLength(16)
    expect(Buffer.from(m![2]!, 'base64')).toHaveLength(32)
    expect(await hashPassword('135790')).not.toBe(h) // a fresh salt each time
  })

  it('makes N=2^17 hashes unless a plain-Node test host asks for less; never inside Electron', () => {
    expect(scryptLog2N({}, undefined)).toBe(17)
    expect(scryptLog2N({ [TEST_COST_ENV]: '14' }, undefined)).toBe(14)
    expect(scryptLog2N({ [TEST_COST_ENV]: '14' }, '45.5.0')).toBe(17) // the kiosk's core
    for (const bad of ['', '13', '10', '17', '20', '14.5', 'abc'])
      expect(scryptLog2N({ [TEST_COST_ENV]: bad }, undefined), bad).toBe(17)
  })

  it('at the kiosk cost, a hash says N=131072 and checks out', async () => {
    vi.stubEnv(TEST_COST_ENV, '')
    vi.resetModules()
    try {
      const real = (await import(SOURCE)) as typeof kioskCost
      const h = await real.hashPassword('246810')
      expect(h).toMatch(/^scrypt\$N=131072,r=8,p=1\$/)
      expect(real.DUMMY_HASH).toMatch(/^scrypt\$N=131072,/)
      expect(await verifyPassword(h, '246810')).toBe(true) // a stored hash names its own cost
      expect(await verifyPassword(h, '246811')).toBe(false)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('accepts the right password only', async () => {
    const h = await hashPassword('pass word')
    expect(await verifyPassword(h, 'pass word')).toBe(true)
    expect(await verifyPassword(h, 'pass  word')).toBe(false)
    expect(await verifyPassword(h, 'Pass word')).toBe(false)
  })

  it('never accepts anything against the stand-in for unknown names, or a damaged hash', async () => {
    expect(await verifyPassword(DUMMY_HASH, '')).toBe(false)
    expect(await verifyPassword(DUMMY_HASH, '123456')).toBe(false)
    const h = await hashPassword('123456')
    expect(await verifyPassword(h.replace(`N=${N}`, 'N=99'), '123456')).toBe(false)
    expect(await verifyPassword(h.replace(`N=${N}`, 'N=1073741824'), '123456')).toBe(false)
    expect(await verifyPassword('plain-123456', '123456')).toBe(false)
  })
})
