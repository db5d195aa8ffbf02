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
  it('locks only at every 10th wrong password, 5 minutes then 10, never more than 15', () => {
    let u = { failedCount: 0, lockedUntil: '' }
    const locks: number[] = []
    for (let i = 1; i <= 60; i++) {
      u = afterFailure(u, T0)
      if (u.lockedUntil) locks.push(lockedMinutes(u, T0))
      else expect(i % 10).not.toBe(0)
    }
    expect(locks).toEqual([5, 10, 15, 15, 15, 15])
  })

  it('says how long in plain words, and that an admin can lift it', () => {
    expect(lockMessage(3)).toBe('密码错误次数过多，请在3分钟后再试，或请管理员解除锁定')
    expect(lockedMinutes({ lockedUntil: '2026-11-25T01:31:30Z' }, T0)).toBe(2)
    expect(lockedMinutes({ lockedUntil: '2026-11-25T01:29:00Z' }, T0)).toBe(0)
  })

  it('a clock stepped back a little keeps a fresh lock; one stamped far ahead has lapsed', () => {
    // A 15-minute lock, and the clock then put back five minutes (a time sync): still locked.
    expect(lockedMinutes({ lockedUntil: '2026-11-25T01:50:00Z' }, T0)).toBe(20)
    // Stamped while the clock ran months ahead, then put right: no lock until that day.
    expect(lockedMinutes({ lockedUntil: '2027-06-01T02:15:00Z' }, T0)).toBe(0)
  })
})

describe('account lockout through the API (wrong PINs from many screens)', () => {
  // Each wrong PIN from its own screen, so only the account's count is at work here.
  let screen = 0
  const wrong = () => t.call('auth.login', { name: '李秀英', password: '000000' }, `s${++screen}`)
  const right = (caller = 'k') =>
    t.call('auth.login', { name: '李秀英', password: '417395' }, caller)

  it('locks after 10 wrong passwords, refuses even the right one, and lifts after 5 minutes', async () => {
    t = await staffedCore()
    for (let i = 1; i <= 9; i++) {
      expect(await wrong()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，请在5分钟后再试，或请管理员解除锁定' },
    })
    const seq = t.seq()
    expect(await right()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(t.seq()).toBe(seq)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
    t.advance(5 * 60_000 + 1_000)
    expect(await right()).toMatchObject({ ok: true })
  }, 120_000)

  it('keeps the lock across a restart: it is in the journal, not in memory', async () => {
    t = await staffedCore()
    for (let i = 0; i < 10; i++) await wrong()
    await t.reopen()
    t.advance(30_000)
    expect(await right()).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，请在5分钟后再试，或请管理员解除锁定' },
    })
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')
    expect(clerk?.failedCount).toBe(10)
  }, 120_000)

  it('an admin lifts the lock at once; the unlock is journaled and listed in 核验', async () => {
    t = await staffedCore()
    for (let i = 0; i < 10; i++) await wrong()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    expect((await t.ok('auth.users', {})).find((u) => u.id === clerk.id)?.lockedUntil).toBeTruthy()
    const seq = t.seq()
    const view = await t.ok('auth.unlock', { id: clerk.id })
    expect(view.lockedUntil).toBeUndefined()
    expect(view.failedCount).toBe(0)
    expect(t.seq()).toBe(seq + 1)
    expect(await right()).toMatchObject({ ok: true })
    const events = await t.ok('audit.accounts', {})
    expect(events.slice(0, 2).map((e) => [e.kind, e.actor, e.account])).toEqual([
      ['unlock', '王建国', '李秀英'],
      ['locked', null, '李秀英'],
    ])
    // Nothing to lift now: refused, nothing written.
    const again = await t.call('auth.unlock', { id: clerk.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(t.seq()).toBe(seq + 1)
  }, 120_000)

  it('an unlock lifts the lock at once, but the next lock that day is still longer', async () => {
    t = await staffedCore()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    const lockAfterTen = async () => {
      for (let i = 1; i < 10; i++) await wrong()
      const r = await wrong()
      return r.ok ? '' : r.error.message
    }
    expect(await lockAfterTen()).toBe(lockMessage(5))
    await t.ok('auth.unlock', { id: clerk.id })
    expect(await right()).toMatchObject({ ok: true })
    await t.call('auth.logout', {}, 'k')
    // Guessing on after an admin lifted the lock (or after a right PIN): 10 minutes, then 15.
    expect(await lockAfterTen()).toBe(lockMessage(10))
    expect(await right()).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    await t.ok('auth.unlock', { id: clerk.id })
    expect(await lockAfterTen()).toBe(lockMessage(15))
    // A new PIN set by the admin does not start the count again either.
    await t.ok('auth.saveUser', {
      id: clerk.id,
      name: '李秀英',
      role: 'clerk',
      active: true,
      password: '613902',
    })
    expect(await lockAfterTen()).toBe(lockMessage(15))
    // A day without a lock: back to 5 minutes.
    t.advance(24 * 3_600_000 + 60_000)
    expect(await lockAfterTen()).toBe(lockMessage(5))
  }, 180_000)

  it('lifting a 监委’s lock is shown on the public screens, as an unconfirmed 监委 change is', async () => {
    t = await staffedCore()
    for (let i = 0; i < 10; i++) {
      await t.call('auth.login', { name: '陈立平', password: '000000' }, `g${i}`)
    }
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')!
    // The public notice still dates from the account's creation (one 监委, nobody to confirm).
    t.advance(86_400_000)
    expect(await t.ok('auth.supervisorChange', {}, 'kiosk')).toMatchObject({ date: '2026-11-25' })
    // Lifting it lets the guessing go on: villagers and the 监委 should see that it happened.
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
    await t.ok('auth.unlock', { id: sup.id })
    expect(await t.ok('auth.supervisorChange', {}, 'kiosk')).toEqual({
      date: '2026-11-26',
      recent: true,
    })
    expect((await t.ok('audit.accounts', {}))[0]).toMatchObject({
      kind: 'unlock',
      account: '陈立平',
      shownPublicly: true,
    })
  }, 120_000)

  it('only an admin may unlock', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '陈立平', password: '528406' }, 'sup')
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    const r = await t.call('auth.unlock', { id: clerk.id }, 'sup')
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }, 60_000)
})

describe('tries sent at once meet the same lock and wait as tries one after another', () => {
  it('a right PIN sent with the 10th wrong one is refused: the lock holds and stays', async () => {
    t = await staffedCore()
    for (let i = 0; i < 9; i++)
      await t.call('auth.login', { name: '陈立平', password: '000000' }, `screen-${i}`)
    const [wrong, right] = await Promise.all([
      t.call('auth.login', { name: '陈立平', password: '000000' }, 'x'),
      t.call('auth.login', { name: '陈立平', password: '528406' }, 'x'),
    ])
    expect(wrong).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await t.ok('auth.me', {}, 'x')).toBeNull()
    const u = t.core.store.all('users').find((x) => x.name === '陈立平')!
    expect(lockedMinutes(u, new Date(Date.parse('2026-11-25T01:30:00Z')))).toBeGreaterThan(0)
  })

  it('nine wrong PINs sent at once from one screen: only the first few are tried', async () => {
    t = await staffedCore()
    const tries = await Promise.all(
      Array.from({ length: 9 }, () =>
        t.call('auth.login', { name: '陈立平', password: '000000' }, 'k'),
      ),
    )
    const waited = tries.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED').length
    expect(waited).toBeGreaterThanOrEqual(6)
  })
})
