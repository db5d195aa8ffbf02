/**
 * The admin must not be able to impersonate the 监委: changing a 监委 account needs another
 * current 监委 member's PIN on the same screen, or, where there is none, is shown publicly.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { AccountEvent } from '../../../../../../contract'
import { chooseOwnPin, staffedCore, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const NEED = '改动监委账号，需要另一位监委成员当场在这台触摸屏上输入自己的密码确认'
const DAY = 86_400_000
const adminLogin = () => t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
const user = (name: string) => t.core.store.all('users').find((u) => u.name === name)!

/** A village with two 监委 accounts, each on a PIN of their own: 陈立平 (528406) and 赵敏 (263841). */
async function twoSupervisors(): Promise<TestCore> {
  t = await staffedCore()
  await t.ok('auth.saveUser', {
    name: '赵敏',
    role: 'supervisor',
    password: '263842',
    witness: { name: '陈立平', password: '528406' },
  })
  await chooseOwnPin(t, '赵敏', '263842', '263841')
  return t
}

/** 赵敏 confirming a change on the same screen with her PIN. */
const ZHAO = { name: '赵敏', password: '263841' } as const

/** The answer to a 监委 change made without another member's PIN. */
const NEEDED = {
  ok: false,
  error: { code: 'FORBIDDEN', message: NEED, fields: { witness: NEED } },
} as const

/** Two 监委 accounts, 陈立平 switched off with 赵敏's confirmation (away for a month, say). */
async function chenSwitchedOff() {
  t = await twoSupervisors()
  const chen = user('陈立平')
  await t.ok('auth.saveUser', {
    id: chen.id,
    name: '陈立平',
    role: 'supervisor',
    active: false,
    witness: ZHAO,
  })
  return chen
}

describe('with two or more 监委 members, another one’s PIN is needed', () => {
  it('refuses to reset a 监委 PIN without it, changing nothing; a wrong one or the target’s own does not do', async () => {
    t = await twoSupervisors()
    const chen = user('陈立平')
    const change = { id: chen.id, name: '陈立平', role: 'supervisor', password: '947261' } as const
    const seq = t.seq()
    expect(await t.call('auth.saveUser', change)).toEqual(NEEDED)
    expect(t.seq()).toBe(seq)
    const self = await t.call('auth.saveUser', {
      ...change,
      witness: { name: '陈立平', password: '528406' },
    })
    expect(self).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!self.ok && self.error.fields?.['witness.name']).toContain('另一位监委成员')
    const wrong = await t.call('auth.saveUser', {
      ...change,
      witness: { name: '赵敏', password: '000000' },
    })
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        fields: { 'witness.password': '这位监委成员的密码不对，请再试一次' },
      },
    })
    expect(user('陈立平').passwordHash).toBe(chen.passwordHash)
    expect(await t.call('auth.login', { name: '陈立平', password: '947261' }, 'x')).toMatchObject({
      ok: false,
    })
  }, 90_000)

  it('with the other member’s PIN the change is made, and 核验 names who confirmed it', async () => {
    t = await twoSupervisors()
    const notice = await t.ok('auth.supervisorChange', {})
    const chen = user('陈立平')
    await t.ok('auth.saveUser', {
      id: chen.id,
      name: '陈立平',
      role: 'supervisor',
      password: '947261',
      witness: ZHAO,
    })
    expect(await t.call('auth.login', { name: '陈立平', password: '947261' }, 'x')).toMatchObject({
      ok: true,
    })
    const [last] = await t.ok('audit.accounts', {})
    expect(last).toMatchObject({
      actor: '王建国',
      account: '陈立平',
      kind: 'update',
      changes: ['重设密码'],
      supervisor: true,
      witness: '赵敏',
      shownPublicly: false,
    })
    // A confirmed change adds no public notice.
    expect(await t.ok('auth.supervisorChange', {})).toEqual(notice)
  }, 90_000)

  it('demoting, switching off, renaming a 监委 or adding a new one all need it too', async () => {
    t = await twoSupervisors()
    const chen = user('陈立平')
    const attempts = [
      { id: chen.id, name: '陈立平', role: 'clerk' },
      { id: chen.id, name: '陈立平', role: 'supervisor', active: false },
      { id: chen.id, name: '陈立平二', role: 'supervisor' },
      { name: '假监委', role: 'supervisor', password: '459327' },
    ] as const
    const seq = t.seq()
    for (const a of attempts) {
      expect(await t.call('auth.saveUser', a), JSON.stringify(a)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: NEED },
      })
    }
    expect(t.seq()).toBe(seq)
    expect(t.core.store.all('users').filter((u) => u.role === 'supervisor')).toHaveLength(2)
    // Making a clerk a 监委 is adding one.
    const clerk = user('李秀英')
    const promote = await t.call('auth.saveUser', {
      id: clerk.id,
      name: '李秀英',
      role: 'supervisor',
    })
    expect(promote).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }, 90_000)

  it('a switched-off 监委’s PIN is not reset without it, so switching back on confirms a PIN its owner knows', async () => {
    const chen = await chenSwitchedOff()
    const seq = t.seq()
    const reset = { id: chen.id, name: '陈立平', role: 'supervisor', active: false } as const
    expect(await t.call('auth.saveUser', { ...reset, password: '947261' })).toEqual(NEEDED)
    expect(t.seq()).toBe(seq)
    expect(user('陈立平').passwordHash).toBe(chen.passwordHash)
    // With 赵敏 there to confirm, the reset is made and 核验 names her.
    await t.ok('auth.saveUser', {
      ...reset,
      password: '947261',
      witness: ZHAO,
    })
    const [last] = await t.ok('audit.accounts', {})
    expect(last).toMatchObject({ account: '陈立平', changes: ['重设密码'], witness: '赵敏' })
  }, 90_000)

  it('a switched-off 监委 made a 录入 first still needs it: its PIN is not reset by that side door', async () => {
    const chen = await chenSwitchedOff()
    const seq = t.seq()
    // Made a 录入 (still off), its PIN then reset as any 录入's: switched back to 监委 later,
    // 赵敏 would confirm a PIN only the admin knew.
    const demote = { id: chen.id, name: '陈立平', role: 'clerk', active: false } as const
    expect(await t.call('auth.saveUser', demote)).toEqual(NEEDED)
    expect(t.seq()).toBe(seq)
    expect(user('陈立平')).toMatchObject({ role: 'supervisor', passwordHash: chen.passwordHash })
  }, 90_000)

  it('an account that is not a 监委 needs no 监委 PIN', async () => {
    t = await twoSupervisors()
    const clerk = user('李秀英')
    const view = await t.ok('auth.saveUser', {
      id: clerk.id,
      name: '李秀英',
      role: 'clerk',
      password: '586137',
    })
    expect(view.name).toBe('李秀英')
  }, 60_000)
})

describe('with one 监委 member, the change is allowed but shown publicly', () => {
  it('resetting the only 监委’s PIN shows 监委账号已变更 with the date on the public screens', async () => {
    t = await staffedCore()
    // Day 40: the first 监委 account (made at setup) is long past the home screen's 30 days.
    t.advance(40 * DAY)
    expect(await t.ok('auth.supervisorChange', {}, 'public')).toEqual({
      date: '2026-11-25',
      recent: false,
    })
    await adminLogin()
    const chen = user('陈立平')
    await t.ok('auth.saveUser', {
      id: chen.id,
      name: '陈立平',
      role: 'supervisor',
      password: '947261',
    })
    expect(await t.ok('auth.supervisorChange', {}, 'public')).toEqual({
      date: '2027-01-04',
      recent: true,
    })
    const [last] = await t.ok('audit.accounts', {})
    expect(last).toMatchObject({ account: '陈立平', supervisor: true, shownPublicly: true })
    expect(last!.witness).toBeUndefined()
    t.advance(31 * DAY)
    expect(await t.ok('auth.supervisorChange', {}, 'public')).toEqual({
      date: '2027-01-04',
      recent: false,
    })
  }, 60_000)

  it('demoting the only 监委 and then creating a new one: both shown publicly', async () => {
    t = await staffedCore()
    t.advance(40 * DAY)
    await adminLogin()
    const chen = user('陈立平')
    await t.ok('auth.saveUser', { id: chen.id, name: '陈立平', role: 'clerk' })
    await t.ok('auth.saveUser', { name: '假监委', role: 'supervisor', password: '459327' })
    const events = await t.ok('audit.accounts', {})
    expect(events.slice(0, 2).map((e) => [e.account, e.changes, e.shownPublicly])).toEqual([
      ['假监委', ['新建账号（监委）'], true],
      ['陈立平', ['角色：监委 → 录入员'], true],
    ])
    expect(await t.ok('auth.supervisorChange', {}, 'public')).toEqual({
      date: '2027-01-04',
      recent: true,
    })
  }, 60_000)

  it('a 监委 changing their own PIN with the current one is fine and not a public matter', async () => {
    t = await staffedCore()
    t.advance(40 * DAY)
    await t.ok('auth.login', { name: '陈立平', password: '528406' }, 's')
    await t.ok('auth.changePassword', { current: '528406', next: '271946' }, 's')
    expect(await t.ok('auth.supervisorChange', {}, 'public')).toMatchObject({ recent: false })
    const [last] = await t.ok('audit.accounts', {}, 's')
    expect(last).toMatchObject({
      actor: '陈立平',
      account: '陈立平',
      kind: 'password',
      shownPublicly: false,
    })
  }, 60_000)
})

describe('every account change is listed in 核验', () => {
  it('lists creations and changes with who did them, for 监委 and admin only', async () => {
    t = await staffedCore({ ownPins: false })
    const events = await t.ok('audit.accounts', {})
    expect(events.map((e) => [e.actor, e.account, e.changes[0]])).toEqual([
      ['王建国', '陈立平', '新建账号（监委）'],
      ['王建国', '李秀英', '新建账号（录入员）'],
      ['王建国', '王建国', '首次设置，新建第一个管理员账号'],
    ])
    await chooseOwnPin(t, '李秀英', '417395', '417394')
    await t.ok('auth.login', { name: '李秀英', password: '417394' }, 'c')
    expect(await t.call('audit.accounts', {}, 'c')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(JSON.stringify(events)).not.toMatch(/scrypt|417395|528406/)
  }, 60_000)
})

describe('account events on disk', () => {
  it('every stored event fits the contract’s schema (a restore can check them)', async () => {
    t = await staffedCore({ ownPins: false })
    await t.call('auth.login', { name: '李秀英', password: '000000' }, 'x')
    const stored = t.core.store.all('accountEvents')
    expect(stored.length).toBe(3)
    for (const e of stored) expect(AccountEvent.safeParse(e).success, JSON.stringify(e)).toBe(true)
  }, 60_000)
})
