import { afterEach, describe, expect, it } from 'vitest'
import { staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const WRONG = '姓名或密码不对，请再试一次'

describe('auth.login', () => {
  it('logs a cadre in core-side: auth.me then knows them, other windows do not', async () => {
    t = await staffedCore()
    const r = await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'kiosk')
    expect(r.user).toMatchObject({ name: '李秀英', role: 'clerk' })
    expect(await t.ok('auth.me', {}, 'kiosk')).toEqual(r.user)
    expect(await t.ok('auth.me', {}, 'other')).toBeNull()
    await t.ok('auth.logout', {}, 'kiosk')
    expect(await t.ok('auth.me', {}, 'kiosk')).toBeNull()
  })

  it('answers a wrong password and an unknown name with the same words, and neither logs in', async () => {
    t = await staffedCore()
    const wrong = await t.call('auth.login', { name: '李秀英', password: '947261' }, 'k')
    const unknown = await t.call('auth.login', { name: '张三丰', password: '947261' }, 'k')
    for (const r of [wrong, unknown]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: WRONG } })
    }
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
  })

  it('counts a wrong password in the journal for a real account, writes nothing for an unknown name', async () => {
    t = await staffedCore()
    const before = t.seq()
    await t.call('auth.login', { name: '张三丰', password: '947261' }, 'k')
    expect(t.seq()).toBe(before)
    await t.call('auth.login', { name: '李秀英', password: '947261' }, 'k')
    expect(t.seq()).toBe(before + 1)
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')
    expect(clerk?.failedCount).toBe(1)
  })

  it('refuses a too-short password as bad input, counting nothing', async () => {
    t = await staffedCore()
    const before = t.seq()
    const r = await t.call('auth.login', { name: '李秀英', password: '123' }, 'k')
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!r.ok && r.error.fields?.password).toBe('密码至少要 6 位')
    expect(t.seq()).toBe(before)
  })

  it('a right password resets the count of wrong ones', async () => {
    t = await staffedCore()
    // From several screens, so the per-screen wait does not come into it.
    for (let i = 0; i < 4; i++)
      await t.call('auth.login', { name: '李秀英', password: '000000' }, `a${i}`)
    await t.ok('auth.login', { name: '李秀英', password: '417395' })
    expect(t.core.store.all('users').find((u) => u.name === '李秀英')?.failedCount).toBe(0)
    // Nine more wrong ones do not lock: the count started again.
    for (let i = 0; i < 9; i++)
      await t.call('auth.login', { name: '李秀英', password: '000000' }, `b${i}`)
    expect(await t.ok('auth.login', { name: '李秀英', password: '417395' })).toBeTruthy()
  }, 60_000)
})

describe('idle sessions', () => {
  it('an expired session cannot act: after 10 idle minutes the call is refused and nothing changes', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' }, 'k')
    t.advance(9 * 60_000)
    expect(await t.ok('auth.users', {}, 'k')).toHaveLength(3)
    t.advance(9 * 60_000) // 9 minutes after the last call: still alive
    expect(await t.ok('auth.me', {}, 'k')).toMatchObject({ name: '王建国' })
    t.advance(10 * 60_000 + 1)
    const before = t.seq()
    const r = await t.call(
      'auth.saveUser',
      { name: '新人', role: 'clerk', password: '126395' },
      'k',
    )
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(!r.ok && r.error.message).toBe('长时间没有操作，登录已超时，请重新登录')
    expect(t.seq()).toBe(before)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
  }, 60_000)
})

describe('an account switched off while its PIN is being checked', () => {
  it('gets no session: the login ends refused and nothing can be saved', async () => {
    t = await staffedCore()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    const [login] = await Promise.all([
      t.call('auth.login', { name: '李秀英', password: '417395' }, 'k'),
      t.call('auth.saveUser', { id: clerk.id, name: '李秀英', role: 'clerk', active: false }),
    ])
    expect(t.core.store.get('users', clerk.id)?.active).toBe(false)
    expect(login.ok).toBe(false)
    expect(await t.ok('auth.me', {}, 'k')).toBeNull()
  })
})

describe('own account changes reach every open session', () => {
  const NOTICE = {
    kind: 'notice' as const,
    title: '停水通知',
    body: '11月28日起检修水管。',
    validFrom: '2026-11-25',
    objection: '',
  }

  it('a renamed account acts under its new name in a session already open', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'c')
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    await t.ok('auth.saveUser', { id: clerk.id, name: '张桂兰', role: 'clerk', active: true })
    const n = await t.ok('notices.save', NOTICE, 'c')
    expect(n.createdBy.name).toBe('张桂兰')
    expect(await t.ok('auth.me', {}, 'c')).toMatchObject({ name: '张桂兰' })
  })

  it('changing one’s own PIN logs the account out elsewhere, not here', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'other')
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'owner')
    await t.ok('auth.changePassword', { current: '417395', next: '586137' }, 'owner')
    expect(await t.ok('auth.me', {}, 'other')).toBeNull()
    expect(await t.ok('auth.me', {}, 'owner')).toMatchObject({ name: '李秀英' })
  })

  it('an admin sets their own PIN only with the current one (修改密码), not from the account list', async () => {
    t = await staffedCore()
    const me = (await t.ok('auth.me', {}))!
    const before = t.seq()
    const r = await t.call('auth.saveUser', {
      id: me.id,
      name: me.name,
      role: 'admin',
      active: true,
      password: '983517',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!r.ok && r.error.fields?.password).toBe('改自己的密码请点“修改密码”，要先输入原密码')
    expect(t.seq()).toBe(before)
  })
})
