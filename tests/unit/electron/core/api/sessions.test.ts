import { afterEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from '../services/auth/helpers'
import { SessionTable } from '../../../../../electron/core/api/sessions'

let t: TestCore
afterEach(async () => t?.close())

const MIN = 60_000
const IDLE = '长时间没有操作，登录已超时，请重新登录'
const MAX = '登录已满 2 小时，为了安全请重新登录'
const newClerk = { name: '新人', role: 'clerk', password: '126395' } as const

describe('only calls that need a login keep it alive', () => {
  it('public reads with a session attached do not refresh the idle timer', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'k')
    // The kiosk left on public pages keeps asking public things…
    for (let i = 0; i < 3; i++) {
      t.advance(3 * MIN)
      expect(await t.ok('auth.me', {}, 'k')).toMatchObject({ name: '王建国' })
      await t.ok('auth.roster', {}, 'k')
      await t.ok('system.checkpoint', {}, 'k')
    }
    // …yet 12 minutes after the last call that needed the login, it has run out.
    t.advance(3 * MIN)
    const before = t.seq()
    const r = await t.call('auth.saveUser', newClerk, 'k')
    expect(r).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: IDLE } })
    expect(t.seq()).toBe(before)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
  }, 60_000)

  it('calls that need the login do refresh it', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'k')
    for (let i = 0; i < 5; i++) {
      t.advance(9 * MIN)
      await t.ok('auth.users', {}, 'k')
    }
    expect(await t.ok('auth.me', {}, 'k')).toMatchObject({ name: '王建国' })
  }, 60_000)
})

describe('a session lives two hours at most', () => {
  it('a busy session ends 2 hours after its login, and the next call says so in Chinese', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'k')
    for (let elapsed = 0; elapsed + 9 * MIN < 120 * MIN; elapsed += 9 * MIN) {
      t.advance(9 * MIN)
      await t.ok('auth.users', {}, 'k')
    }
    t.advance(120 * MIN - 13 * 9 * MIN) // exactly two hours after the login
    const before = t.seq()
    const r = await t.call('auth.saveUser', newClerk, 'k')
    expect(r).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: MAX } })
    expect(t.seq()).toBe(before)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
    // Logging in again starts a fresh two hours.
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'k')
    t.advance(9 * MIN)
    expect(await t.ok('auth.users', {}, 'k')).toHaveLength(3)
  }, 60_000)

  it('a caller that never logged in is simply asked to log in', async () => {
    t = await staffedCore()
    const r = await t.call('auth.users', {}, 'nobody')
    expect(r).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录，或登录已超时' },
    })
  })
})

describe('a screen and its pages', () => {
  it('a login belongs to one page; wrong-PIN waits belong to the screen, past a reload', () => {
    const now = new Date('2026-11-25T01:30:00Z')
    const table = new SessionTable(() => now)
    table.start('wc:7/0', { id: 'u1', name: '李秀英' }, 'clerk')
    expect(table.peek('wc:7/1')).toBeNull()
    for (let i = 0; i < 4; i++) table.backoff.failed('wc:7/0')
    // The page reloaded (a new caller): the screen still waits.
    expect(table.backoff.waitMs('wc:7/1')).toBeGreaterThan(0)
    expect(table.backoff.waitMs('wc:8/0')).toBe(0)
  })
})
