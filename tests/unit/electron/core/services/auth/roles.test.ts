import { afterEach, describe, expect, it } from 'vitest'
import type { Input, Method } from '../../../../../../contract'
import { chooseOwnPin, staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

type Attempt = { [M in Method]: [M, Input<M>] }[Method]

const ADMIN_ONLY: Attempt[] = [
  ['auth.users', {}],
  ['auth.saveUser', { name: '新人', role: 'admin', password: '126395' }],
  ['setup.leaveDemo', { confirm: true }],
]

describe('role checks live in core', () => {
  it('a clerk cannot call admin methods: FORBIDDEN, and the journal does not move', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
    const before = t.seq()
    for (const [m, input] of [...ADMIN_ONLY, ['audit.verify', {}] as Attempt]) {
      const r = await t.call(m, input as never, 'clerk')
      expect(r, m).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(!r.ok && r.error.message).toBe('您的账号没有权限进行这项操作')
    }
    expect(t.seq()).toBe(before)
  })

  it('a caller who is not logged in cannot write or read the audit trail: UNAUTHENTICATED', async () => {
    t = await staffedCore()
    const before = t.seq()
    const attempts: Attempt[] = [
      ...ADMIN_ONLY,
      ['auth.changePassword', { current: '417395', next: '650193' }],
      ['audit.history', { coll: 'users', id: 'x' }],
      ['audit.verify', {}],
    ]
    for (const [m, input] of attempts) {
      const r = await t.call(m, input as never, 'stranger')
      expect(r, m).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    expect(t.seq()).toBe(before)
  })

  it('a supervisor may verify the chain but not manage accounts', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '陈立平', password: '528406' }, 's')
    expect(await t.ok('audit.verify', {}, 's')).toMatchObject({ ok: true })
    expect(await t.call('auth.users', {}, 's')).toMatchObject({ error: { code: 'FORBIDDEN' } })
  })
})

describe('accounts', () => {
  it('never returns a password hash, in any output', async () => {
    t = await staffedCore()
    const outputs: unknown[] = [
      await t.call('auth.users', {}),
      await t.call('auth.saveUser', { name: '赵六', role: 'clerk', password: '586137' }),
      await t.call('auth.roster', {}),
      await t.call('auth.me', {}),
      await t.call('auth.login', { name: '王建国', password: 'admin-pass-1' }),
      await t.call('auth.changePassword', { current: 'admin-pass-1', next: 'admin-pass-2' }),
    ]
    for (const u of t.core.store.all('users')) {
      outputs.push(await t.call('audit.history', { coll: 'users', id: u.id }))
    }
    const text = JSON.stringify(outputs)
    expect(text).not.toMatch(/scrypt|passwordHash"\s*:/)
    for (const u of t.core.store.all('users')) {
      expect(text).not.toContain(u.passwordHash.split('$')[3])
    }
  }, 60_000)

  it('refuses a second account with the same name, changing nothing', async () => {
    t = await staffedCore()
    const before = t.seq()
    const r = await t.call('auth.saveUser', { name: '李秀英', role: 'admin', password: '126395' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!r.ok && r.error.fields?.name).toContain('已有同名的账号')
    expect(t.seq()).toBe(before)
  })

  it('refuses a name that only looks like the name of another account (invisible characters, spaces)', async () => {
    t = await staffedCore()
    const before = t.seq()
    const lookAlikes = [
      '陈立平\u2060',
      '陈\u00ad立平',
      '陈立平\u034f',
      '陈立平\u3164',
      '陈立平\u180e',
    ]
    for (const name of lookAlikes) {
      const r = await t.call('auth.saveUser', { name, role: 'clerk', password: '442918' })
      expect(r, JSON.stringify(name)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    }
    for (const name of ['陈 立平', '陈立平 ', '陈　立平']) {
      const r = await t.call('auth.saveUser', { name, role: 'clerk', password: '442918' })
      expect(r, JSON.stringify(name)).toMatchObject({ ok: false })
      expect(!r.ok && r.error.fields?.name, JSON.stringify(name)).toContain('已有同名的账号')
    }
    expect(t.seq()).toBe(before)
    // A minority name with its dot is a name like any other.
    await t.ok('auth.saveUser', { name: '阿依古丽·买买提', role: 'clerk', password: '442918' })
  })

  it('keeps at least one active admin, and an admin cannot switch themselves off', async () => {
    t = await staffedCore()
    const me = (await t.ok('auth.me', {}))!
    const before = t.seq()
    const self = await t.call('auth.saveUser', {
      id: me.id,
      name: me.name,
      role: 'admin',
      active: false,
    })
    expect(self).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const demote = await t.call('auth.saveUser', { id: me.id, name: me.name, role: 'clerk' })
    expect(demote).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(t.seq()).toBe(before)
    // A second admin switches the first one off; then the second is the last and stays.
    const two = await t.ok('auth.saveUser', { name: '周二', role: 'admin', password: '781523' })
    await chooseOwnPin(t, '周二', '781523', '781524')
    await t.ok('auth.login', { name: '周二', password: '781524' }, 'w2')
    await t.ok('auth.saveUser', { id: me.id, name: me.name, role: 'admin', active: false }, 'w2')
    expect(await t.ok('auth.me', {})).toBeNull() // the switched-off admin's session ended
    const last = await t.call(
      'auth.saveUser',
      { id: two.id, name: '周二', role: 'admin', active: false },
      'w2',
    )
    expect(last).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  }, 60_000)

  it('a switched-off account cannot log in; a reset password unlocks and replaces the old one', async () => {
    t = await staffedCore()
    const clerk = t.core.store.all('users').find((u) => u.name === '李秀英')!
    for (let i = 0; i < 10; i++)
      await t.call('auth.login', { name: '李秀英', password: '000000' }, `c${i}`)
    expect(t.core.store.get('users', clerk.id)?.lockedUntil).toBeTruthy()
    await t.ok('auth.saveUser', { id: clerk.id, name: '李秀英', role: 'clerk', password: '346870' })
    expect(await t.call('auth.login', { name: '李秀英', password: '417395' }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await t.call('auth.login', { name: '李秀英', password: '346870' }, 'c')).toMatchObject({
      ok: true,
    })
    await t.ok('auth.saveUser', { id: clerk.id, name: '李秀英', role: 'clerk', active: false })
    expect(await t.ok('auth.me', {}, 'c')).toBeNull()
    expect(await t.call('auth.login', { name: '李秀英', password: '346870' }, 'c')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '姓名或密码不对，请再试一次' },
    })
    expect((await t.ok('auth.roster', {})).map((r) => r.name)).not.toContain('李秀英')
  }, 90_000)

  it('changes one’s own password only with the current one', async () => {
    t = await staffedCore()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'c')
    const before = t.seq()
    const bad = await t.call('auth.changePassword', { current: '947261', next: '420715' }, 'c')
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { current: '原密码不对，请再试一次' } },
    })
    expect(t.seq()).toBe(before + 1) // the wrong password was counted, nothing else changed
    await t.ok('auth.changePassword', { current: '417395', next: '420715' }, 'c')
    expect(await t.call('auth.login', { name: '李秀英', password: '420715' }, 'c')).toMatchObject({
      ok: true,
    })
  }, 60_000)
})
