/**
 * A leaked PIN is reset by the admin (or changed by its owner) while someone who knows it is
 * logging in on another screen: the reset ends the sessions it finds, and the login that was
 * checked against the old hash must not open one after it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

describe('an admin resets a PIN while the old PIN is being checked', () => {
  it('the old PIN must not yield a session that outlives the reset', async () => {
    t = await staffedCore()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    // The admin resets the PIN (the old one leaked); at that moment someone who knows the
    // old PIN logs in on another window.
    const [reset] = await Promise.all([
      t.call('auth.saveUser', {
        id: clerk.id,
        name: '李秀英',
        role: 'clerk',
        active: true,
        password: '731864',
      }),
      t.call('auth.login', { name: '李秀英', password: '417395' }, 'thief'),
    ])
    expect(reset.ok ? 'ok' : reset.error.message).toBe('ok')
    // The reset is done: the old PIN no longer opens the account from anywhere...
    const later = await t.call('auth.login', { name: '李秀英', password: '417395' }, 'later')
    expect(later.ok).toBe(false)
    // ...yet the window that raced it holds a live session on the old PIN, after the reset.
    expect(await t.ok('auth.me', {}, 'thief')).toBeNull()
  })
})

describe('a cadre changes their own PIN (修改密码) while the old PIN is being checked elsewhere', () => {
  it('the old PIN must not yield a session that outlives the change', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'owner')
    // The owner changes the PIN; some other screen's login happens to be checked meanwhile.
    const change = t.call('auth.changePassword', { current: '417395', next: '731864' }, 'owner')
    await t.call('auth.login', { name: '张三丰', password: '000000' }, 'elsewhere')
    // Just then, whoever learned the old PIN logs in on a third screen.
    const [changed] = await Promise.all([
      change,
      t.call('auth.login', { name: '李秀英', password: '417395' }, 'thief'),
    ])
    expect(changed.ok).toBe(true)
    expect((await t.call('auth.login', { name: '李秀英', password: '417395' }, 'later')).ok).toBe(
      false,
    )
    expect(await t.ok('auth.me', {}, 'thief')).toBeNull()
  })
})

describe('a 监委 whose PIN is reset while it confirms another 监委 change', () => {
  it('no longer confirms it: a change confirmed with the old PIN never lands after the reset', async () => {
    t = await staffedCore()
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')!
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    // 陈立平's PIN is reset; at that moment the clerk is made 监委, confirmed with the old PIN.
    const [reset, promoted] = await Promise.all([
      t.call('auth.saveUser', {
        id: sup.id,
        name: '陈立平',
        role: 'supervisor',
        active: true,
        password: '731864',
      }),
      t.call('auth.saveUser', {
        id: clerk.id,
        name: '李秀英',
        role: 'supervisor',
        active: true,
        witness: { name: '陈立平', password: '528406' },
      }),
    ])
    expect(reset.ok ? 'ok' : reset.error.message).toBe('ok')
    const events = await t.ok('audit.accounts', {})
    const at = (name: string, change: RegExp) =>
      events.findIndex((e) => e.account === name && e.changes.some((c) => change.test(c)))
    // Newest first: if the promotion landed, it came before (below) the reset.
    if (promoted.ok) expect(at('李秀英', /角色/)).toBeGreaterThan(at('陈立平', /重设密码/))
    else expect(promoted.error.message).toMatch(/监委/)
  })
})
