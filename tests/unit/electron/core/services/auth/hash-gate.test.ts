/**
 * A burst of logins must not starve saves: scrypt and the journal's fsync share libuv's thread
 * pool. The hash here is a fake that holds a pool thread (pbkdf2) for a while, like scrypt does.
 */
import { pbkdf2 } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HASH_LIMIT, WorkGate } from '../../../../../../electron/core/services/auth/hash-gate'
import { staffedCore, type TestCore } from './helpers'

const gauge = vi.hoisted(() => ({ running: 0, most: 0, finished: 0 }))

vi.mock('../../../../../../electron/core/services/auth/password', () => {
  const slow = (pw: string) =>
    new Promise<string>((resolve, reject) => {
      gauge.running++
      gauge.most = Math.max(gauge.most, gauge.running)
      pbkdf2(pw, 'fake-salt', 300_000, 32, 'sha256', (err, key) => {
        gauge.running--
        gauge.finished++
        if (err) reject(err)
        else resolve(`fake$${key.toString('hex')}`)
      })
    })
  return {
    DUMMY_HASH: 'fake$none',
    hashPassword: (pw: string) => slow(pw),
    verifyPassword: async (stored: string, pw: string) => (await slow(pw)) === stored,
    // The fake hashes are never upgraded at login.
    needsPepper: () => false,
    pepperHash: async (stored: string) => stored,
  }
})

let t: TestCore
afterEach(async () => t?.close())

describe('the hash gate', () => {
  it('runs at most `limit` jobs at once and refuses beyond its queue, in Chinese', async () => {
    const gate = new WorkGate(1, 2)
    let running = 0
    let most = 0
    const job = () =>
      gate.run(async () => {
        running++
        most = Math.max(most, running)
        await new Promise((r) => setTimeout(r, 20))
        running--
        return 'done'
      })
    const results = await Promise.allSettled([job(), job(), job(), job()])
    expect(most).toBe(1)
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ])
    const refused = results[3] as PromiseRejectedResult
    expect(refused.reason).toMatchObject({ code: 'RATE_LIMITED' })
    expect(String(refused.reason.message)).toMatch(/请稍等一会儿再试/)
    // Slots come back: the gate works again afterwards.
    expect(await job()).toBe('done')
  })
})

describe('a burst of logins does not starve a save', () => {
  it('at most HASH_LIMIT hashes run at once, and a save during the burst is acknowledged first', async () => {
    t = await staffedCore()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    gauge.most = 0
    gauge.finished = 0
    const logins = Array.from({ length: 12 }, (_, i) =>
      t.call('auth.login', { name: '陈立平', password: '528406' }, `screen-${i}`),
    )
    // The save's journal write and fsync need a pool thread while the logins hash.
    const saved = t
      .call('auth.saveUser', { id: clerk.id, name: '李秀英', role: 'clerk', active: true })
      .then((r) => ({ r, hashedBefore: gauge.finished }))
    const { r, hashedBefore } = await saved
    const results = await Promise.all(logins)
    expect(r).toMatchObject({ ok: true })
    // Acknowledged while the first hash or two ran, not after the whole burst.
    expect(hashedBefore).toBeLessThanOrEqual(2)
    expect(gauge.most).toBeLessThanOrEqual(HASH_LIMIT)
    // Logins beyond the queue are refused at once, in Chinese; the rest got in.
    const codes = results.map((x) => (x.ok ? 'ok' : x.error.code))
    expect(codes.filter((c) => c === 'ok').length).toBeGreaterThanOrEqual(HASH_LIMIT)
    expect(codes.every((c) => c === 'ok' || c === 'RATE_LIMITED')).toBe(true)
  }, 60_000)
})
