import { afterEach, describe, expect, it } from 'vitest'
import { waitAfter } from '../../../../../../electron/core/api/screen-backoff'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const WRONG = { code: 'UNAUTHENTICATED', message: '姓名或密码不对，请再试一次' }
const waiting = (s: number) => ({
  ok: false,
  error: { code: 'RATE_LIMITED', message: `这台触摸屏上密码输错的次数较多，请等 ${s} 秒再试` },
})

describe('per-screen backoff policy', () => {
  it('two typos are free, then 5 s, doubling, never more than 2 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => waitAfter(n) / 1000)).toEqual([
      0, 0, 5, 10, 20, 40, 80, 120, 120, 120,
    ])
  })
})

describe('a screen backs off after wrong PINs, for every account', () => {
  const login = (name: string, password: string, caller = 'kiosk') =>
    t.call('auth.login', { name, password }, caller)

  it('after 3 wrong PINs the kiosk waits: even the 监委’s right PIN is refused at once, hashing and writing nothing', async () => {
    t = await staffedCore()
    // The roster is public: an attacker taps the 监委's name and guesses.
    expect(await login('陈立平', '000001')).toMatchObject({ ok: false, error: WRONG })
    expect(await login('陈立平', '000002')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
    expect(await login('陈立平', '000003')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 5 })
    const seq = t.seq()
    // Any account, on this screen: refused with the seconds left, nothing counted.
    expect(await login('李秀英', '417395')).toEqual(waiting(5))
    expect(await login('陈立平', '528406')).toEqual(waiting(5))
    expect(t.seq()).toBe(seq)
    t.advance(2_000)
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 3 })
    expect(await login('陈立平', '528406')).toEqual(waiting(3))
    t.advance(3_000)
    expect(await login('陈立平', '528406')).toMatchObject({ ok: true })
    // A right PIN starts the screen over.
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')
    expect(sup?.failedCount).toBe(0)
  }, 60_000)

  it('the wait grows with each further wrong PIN; another screen is not slowed', async () => {
    t = await staffedCore()
    for (let i = 0; i < 3; i++) await login('陈立平', '000000')
    t.advance(5_000)
    expect(await login('张三丰', '000000')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 10 })
    t.advance(10_000)
    await login('陈立平', '000000')
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 20 })
    expect(await login('陈立平', '528406', 'office-pc')).toMatchObject({ ok: true })
  }, 60_000)

  it('an attacker at the kiosk cannot keep the 监委 locked out for long', async () => {
    t = await staffedCore()
    let refusedAsWaiting = 0
    // Twenty minutes of guessing, one tap a second.
    for (let s = 0; s < 20 * 60; s++) {
      const r = await login('陈立平', '000000')
      if (!r.ok && r.error.code === 'RATE_LIMITED') refusedAsWaiting++
      t.advance(1_000)
    }
    expect(refusedAsWaiting).toBeGreaterThan(800)
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')!
    // Far fewer guesses got through than seconds passed; the account lock is short.
    expect(sup.failedCount).toBeLessThan(20)
    const lockLeft =
      Date.parse(sup.lockedUntil || '1970-01-01') - Date.parse('2026-11-25T01:30:00Z')
    expect(lockLeft).toBeLessThanOrEqual(20 * 60_000 + 15 * 60_000)
    // From another screen, 15 minutes later at most, the 监委 is in.
    t.advance(15 * 60_000)
    expect(await login('陈立平', '528406', 'office-pc')).toMatchObject({ ok: true })
  }, 300_000)

  it('a wrong current PIN when changing one’s own counts for the screen too', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'c')
    for (let i = 0; i < 3; i++) {
      await t.call('auth.changePassword', { current: '947261', next: '420715' }, 'c')
    }
    const r = await t.call('auth.changePassword', { current: '417395', next: '420715' }, 'c')
    expect(r).toEqual(waiting(5))
  }, 60_000)

  it('reloading the page (its session ended by the host) does not lift the wait', async () => {
    t = await staffedCore()
    for (let i = 0; i < 3; i++) await login('陈立平', '000000')
    t.core.endSession('kiosk') // what Electron does when the page reloads or crashes
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 5 })
    expect(await login('陈立平', '528406')).toEqual(waiting(5))
  }, 60_000)

  it('a restart (the plug pulled) does not lift the wait; a right PIN after it still starts over', async () => {
    t = await staffedCore()
    for (let i = 0; i < 3; i++) await login('陈立平', '000000')
    t.advance(5_000)
    await login('陈立平', '000000')
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 10 })
    t.advance(4_000)
    await t.reopen()
    expect(await login('陈立平', '528406')).toEqual(waiting(6))
    t.advance(6_000)
    expect(await login('陈立平', '528406')).toMatchObject({ ok: true })
    await t.reopen()
    // The right PIN was kept too: three more wrong ones are needed before the screen waits again.
    expect(await login('陈立平', '000000')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
  }, 60_000)

  it('a right PIN forgives only that account’s typos: logging in to one’s own does not reset guesses at another', async () => {
    t = await staffedCore()
    // The clerk guesses the 监委's PIN twice (free), then logs in to her own account…
    expect(await login('陈立平', '100000')).toMatchObject({ ok: false, error: WRONG })
    expect(await login('陈立平', '100001')).toMatchObject({ ok: false, error: WRONG })
    expect(await login('李秀英', '417395')).toMatchObject({ ok: true })
    await t.call('auth.logout', {}, 'kiosk')
    // …and guesses on: the third guess is the third for this screen, which now waits.
    expect(await login('陈立平', '100002')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 5 })
    expect(await login('李秀英', '417395')).toEqual(waiting(5))
    // The kept counts say the same after a restart.
    await t.reopen()
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 5 })
  }, 60_000)

  it('a cadre’s own typos are still forgiven by their right PIN', async () => {
    t = await staffedCore()
    await login('李秀英', '000000')
    await login('李秀英', '000001')
    await login('陈立平', '000000')
    t.advance(5_000)
    expect(await login('李秀英', '417395')).toMatchObject({ ok: true })
    // One wrong PIN (for the 监委) is left: two more free before the screen waits.
    await t.call('auth.logout', {}, 'kiosk')
    expect(await login('陈立平', '000001')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
    expect(await login('陈立平', '000002')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 5 })
  }, 60_000)

  it('forgets a screen’s wrong PINs after 15 quiet minutes', async () => {
    t = await staffedCore()
    for (let i = 0; i < 3; i++) await login('陈立平', '000000')
    t.advance(15 * 60_000)
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
    expect(await login('陈立平', '000000')).toMatchObject({ ok: false, error: WRONG })
    expect(await t.ok('auth.loginWait', {}, 'kiosk')).toEqual({ seconds: 0 })
  }, 60_000)
})
