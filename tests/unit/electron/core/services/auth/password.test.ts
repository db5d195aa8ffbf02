import { describe, expect, it } from 'vitest'
import {
  DUMMY_HASH,
  hashPassword,
  verifyPassword,
} from '../../../../../../electron/core/services/auth/password'

describe('password hashes', () => {
  it('stores scrypt at N=2^17, r=8, p=1 with a 16-byte salt, in a self-describing string', async () => {
    const h = await hashPassword('135790')
    const m = /^scrypt\$N=131072,r=8,p=1\$([^$]+)\$([^$]+)$/.exec(h)
    expect(m).not.toBeNull()
    expect(Buffer.from(m![1]!, 'base64')).toHaveLength(16)
    expect(Buffer.from(m![2]!, 'base64')).toHaveLength(32)
    expect(await hashPassword('135790')).not.toBe(h) // a fresh salt each time
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
    expect(await verifyPassword(h.replace('N=131072', 'N=99'), '123456')).toBe(false)
    expect(await verifyPassword(h.replace('N=131072', 'N=1073741824'), '123456')).toBe(false)
    expect(await verifyPassword('plain-123456', '123456')).toBe(false)
  })
})
