/**
 * Hostile: a cadre's account is switched off, or given a lower role, by an admin at another
 * window while the cadre's own session is still open on the kiosk. Core (not the screen) must
 * refuse every write the old session tries next, change nothing, and say why in Chinese.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const NOTICE = {
  kind: 'notice' as const,
  title: '停水通知',
  body: '明天上午停水',
  validFrom: '2026-11-25',
  rows: [],
}

describe('an account changed while its session is open', () => {
  it('a switched-off clerk can no longer save, and is told the account changed', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'kiosk')
    await t.ok('notices.save', NOTICE, 'kiosk')
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    await t.ok('auth.saveUser', { id: clerk.id, name: '李秀英', role: 'clerk', active: false })
    const before = t.seq()
    const r = await t.call('notices.save', { ...NOTICE, title: '又一条' }, 'kiosk')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(!r.ok && r.error.message).toBe('您的账号已被管理员停用或更改，请重新登录')
    expect(t.seq()).toBe(before)
  }, 90_000)

  it('a 监委 lowered to clerk can no longer publish with the old session', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
    const n = await t.ok('notices.save', NOTICE, 'clerk')
    await t.ok('notices.submit', { id: n.id }, 'clerk')
    await t.ok('auth.login', { name: '陈立平', password: '528406' }, 'sup')
    const sup = t.core.store.all('users').find((u) => u.name === '陈立平')!
    await t.ok('auth.saveUser', { id: sup.id, name: '陈立平', role: 'clerk' })
    const before = t.seq()
    const r = await t.call('notices.publish', { id: n.id }, 'sup')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(!r.ok && r.error.message).toBe('您的账号已被管理员停用或更改，请重新登录')
    expect(t.core.store.get('notices', n.id)?.status).toBe('submitted')
    expect(t.seq()).toBe(before)
  }, 90_000)

  it('a window left logged in elsewhere is told the password was changed', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'office')
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'kiosk')
    await t.ok('auth.changePassword', { current: '417395', next: '629184' }, 'office')
    const r = await t.call('notices.save', NOTICE, 'kiosk')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(!r.ok && r.error.message).toBe('这个账号的密码已经改过，请用新密码重新登录')
    await t.ok('notices.save', NOTICE, 'office')
  }, 90_000)
})
