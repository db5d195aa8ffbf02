import { afterEach, describe, expect, it } from 'vitest'
import {
  afterFailure,
  lockedMinutes,
  lockMessage,
} from '../../../../../../electron/core/services/auth/lockout'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const T0 = new Date('2026-11-25T01:30:00Z')

describe('lock policy', () => {
  it('locks at every 5th wrong password, 1 minute then doubling, at most an hour', () => {
    let u = { failedCount: 0, lockedUntil: '' }
    const locks: number[] = []
    for (let i = 1; i <= 50; i++) {
      u = afterFailure(u, T0)
      if (u.lockedUntil) locks.push(lockedMinutes(u, T0))
      else expect(i % 5).not.toBe(0)
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
  })

  it('says how long in plain words', () => {
    expect(lockMessage(3)).toBe('密码错误次数过多，请在3分钟后再试')
    expect(lockedMinutes({ lockedUntil: '2026-11-25T01:31:30Z' }, T0)).toBe(2)
    expect(lockedMinutes({ lockedUntil: '2026-11-25T01:29:00Z' }, T0)).toBe(0)
  })
})

describe('lockout through the API', () => {
  const wrong = (caller = 'k') =>
    t.call('auth.login', { name: '李秀英', password: '000000' }, caller)
  const right = () => t.call('auth.login', { name: '李秀英', password: '111111' }, 'k')

  it('locks after 5 wrong passwords, refuses even the right one, and lifts after the wait', async () => {
    t = await staffedCore()
    for (let i = 1; i <= 4; i++) {
      expect(await wrong()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，请在1分钟后再试' },
    })
    const seq = t.seq()
    expect(await right()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(t.seq()).toBe(seq)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
    t.advance(61_000)
    expect(await right()).toMatchObject({ ok: true })
  }, 90_000)

  it('doubles the wait for the next 5 wrong ones', async () => {
    t = await staffedCore()
    for (let i = 0; i < 5; i++) await wrong()
    t.advance(61_000)
    for (let i = 0; i < 4; i++) await wrong()
    expect(await wrong()).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，请在2分钟后再试' },
    })
  }, 120_000)

  it('keeps the lock across a restart: it is in the journal, not in memory', async () => {
    t = await staffedCore()
    for (let i = 0; i < 5; i++) await wrong()
    await t.reopen()
    t.advance(30_000)
    expect(await right()).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，请在1分钟后再试' },
    })
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')
    expect(clerk?.failedCount).toBe(5)
  }, 90_000)

  it('locks one account only: others still log in', async () => {
    t = await staffedCore()
    for (let i = 0; i < 5; i++) await wrong()
    const r = await t.call('auth.login', { name: '陈立平', password: '222222' }, 'k2')
    expect(r).toMatchObject({ ok: true, data: { user: { name: '陈立平' } } })
  }, 90_000)
})
