import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  newRecoveryCode,
  normalizeCode,
  unwrapWithCode,
  wrapWithCode,
} from '../../../../../../../electron/core/services/data/backup/recovery'

describe('recovery codes', () => {
  it('are 24 characters in groups of four, from an alphabet without I, L, O, U', () => {
    const code = newRecoveryCode()
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(newRecoveryCode()).not.toBe(code)
  })

  it('are read back forgivingly: spaces, lower case, O for 0, I or L for 1', () => {
    expect(normalizeCode('abcd efgh-1o1i 2345 6789 ABcd')).toBe('ABCDEFGH101123456789ABCD')
    expect(normalizeCode('abcd efgh-1o1i 2345 6789 ABcd JKMN')).toBeNull()
    expect(normalizeCode('ABCD')).toBeNull()
    expect(normalizeCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull()
  })

  it('unwrap the key with the right code only', async () => {
    const key = randomBytes(32)
    const code = newRecoveryCode()
    const wrap = await wrapWithCode(key, code)
    expect(JSON.stringify(wrap)).not.toContain(key.toString('base64'))
    expect(await unwrapWithCode(wrap, code.toLowerCase().replace(/-/g, ' '))).toEqual(key)
    expect(await unwrapWithCode(wrap, newRecoveryCode())).toBeNull()
    expect(await unwrapWithCode(wrap, 'not a code')).toBeNull()
  })
})
