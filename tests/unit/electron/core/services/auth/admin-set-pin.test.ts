/**
 * A PIN an admin set (a new account, a reset) is one the admin knows: until its owner chooses
 * their own, core lets that account do nothing but change it (and log out). Otherwise the admin
 * could sign as the 监委 with the PIN they gave them.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { chooseOwnPin, openTestCore, villageInput, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

const CHOOSE = '这个密码是管理员设的，请先换一个只有你自己知道的密码'
const P = { period: '2026-Q3' }
const user = (name: string) => t.core.store.all('users').find((u) => u.name === name)!

/**
 * A village whose admin made a clerk, a 监委 (陈立平, who then chose 528405) and a second 监委
 * (赵敏, witnessed by 陈立平).
 */
async function adminMadeAccounts(): Promise<void> {
  t = await openTestCore()
  await t.ok('setup.begin', villageInput())
  await t.ok('auth.saveUser', { name: '李秀英', role: 'clerk', password: '417395' })
  await t.ok('auth.saveUser', { name: '陈立平', role: 'supervisor', password: '528406' })
  await chooseOwnPin(t, '陈立平', '528406', '528405')
  await t.ok('auth.saveUser', {
    name: '赵敏',
    role: 'supervisor',
    password: '263841',
    witness: { name: '陈立平', password: '528405' },
  })
}

/** The clerk chooses their own PIN, enters one line for the third quarter and submits the sheet. */
async function submittedQuarter(): Promise<void> {
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  await t.ok('auth.changePassword', { current: '417395', next: '730946' }, 'clerk')
  await t.ok('ledger.closePeriod', P, 'clerk')
  await t.ok(
    'ledger.saveEntry',
    {
      period: '2026-Q3',
      date: '2026-09-12',
      voucherNo: '记-2026-09-001',
      summary: '购买办公用品',
      category: 'expense',
      item: '办公费',
      direction: 'expense',
      amountFen: 123_456,
      counterparty: '东台市文具店',
      handler: '李秀英',
    },
    'clerk',
  )
  await t.ok('ledger.submit', P, 'clerk')
}

describe('an account whose PIN the admin set', () => {
  it('a 监委 cannot sign until they choose their own PIN; then the signature goes through', async () => {
    await adminMadeAccounts()
    await submittedQuarter()
    const login = await t.ok('auth.login', { name: '赵敏', password: '263841' }, 'sup')
    expect(login.user).toMatchObject({ name: '赵敏', mustChoosePin: true })
    expect(await t.ok('auth.me', {}, 'sup')).toMatchObject({ mustChoosePin: true })
    const seq = t.seq()
    expect(await t.call('ledger.publish', P, 'sup')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: CHOOSE },
    })
    expect(await t.call('ledger.pending', {}, 'sup')).toMatchObject({
      ok: false,
      error: { message: CHOOSE },
    })
    expect(t.seq()).toBe(seq)
    await t.ok('auth.changePassword', { current: '263841', next: '860317' }, 'sup')
    expect(await t.ok('auth.me', {}, 'sup')).not.toHaveProperty('mustChoosePin')
    expect(user('赵敏')).not.toHaveProperty('mustChoosePin')
    expect(await t.ok('ledger.publish', P, 'sup')).toMatchObject({ status: 'published' })
  }, 90_000)

  it('an admin’s reset marks the account again; setup’s own admin and an unmarked record are not held', async () => {
    await adminMadeAccounts()
    expect(user('王建国')).not.toHaveProperty('mustChoosePin')
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
    await t.ok('auth.changePassword', { current: '417395', next: '730946' }, 'clerk')
    expect((await t.call('ledger.sheets', {}, 'clerk')).ok).toBe(true)
    // Changing the name alone keeps the owner's own PIN: no mark.
    await t.ok('auth.saveUser', { id: user('李秀英').id, name: '李秀英', role: 'clerk' })
    expect(user('李秀英')).not.toHaveProperty('mustChoosePin')
    await t.ok('auth.saveUser', {
      id: user('李秀英').id,
      name: '李秀英',
      role: 'clerk',
      password: '851376',
    })
    await t.ok('auth.login', { name: '李秀英', password: '851376' }, 'clerk')
    expect(await t.call('ledger.sheets', {}, 'clerk')).toMatchObject({
      ok: false,
      error: { message: CHOOSE },
    })
    // Logging out is never refused.
    expect(await t.ok('auth.logout', {}, 'clerk')).toBeNull()
  }, 90_000)

  it('the new PIN must not be the admin-set one, however it is written', async () => {
    await adminMadeAccounts()
    await t.ok('auth.saveUser', {
      id: user('李秀英').id,
      name: '李秀英',
      role: 'clerk',
      password: 'cafe\u0301 12',
    })
    await t.ok('auth.login', { name: '李秀英', password: 'cafe\u0301 12' }, 'clerk')
    for (const next of ['cafe\u0301 12', 'caf\u00e9 12']) {
      const same = await t.call('auth.changePassword', { current: 'cafe\u0301 12', next }, 'clerk')
      expect(same).toMatchObject({
        ok: false,
        error: { fields: { next: '新密码不能与原密码相同' } },
      })
    }
    expect(user('李秀英')).toMatchObject({ mustChoosePin: true })
    const guessable = await t.call(
      'auth.changePassword',
      { current: 'cafe\u0301 12', next: '123456' },
      'clerk',
    )
    expect(guessable).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(user('李秀英')).toMatchObject({ mustChoosePin: true })
  }, 90_000)
})

describe('a 监委 still on the PIN the admin set', () => {
  it('cannot confirm a change to another 监委 account: the admin knows that PIN', async () => {
    await adminMadeAccounts()
    const chen = user('陈立平')
    const seq = t.seq()
    const reset = await t.call('auth.saveUser', {
      id: chen.id,
      name: '陈立平',
      role: 'supervisor',
      password: '947261',
      witness: { name: '赵敏', password: '263841' },
    })
    const words = '这位监委成员还在用管理员设的密码，要先登录换成自己的密码，才能确认'
    expect(reset).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { 'witness.name': words } },
    })
    expect(t.seq()).toBe(seq)
    await chooseOwnPin(t, '赵敏', '263841', '860317')
    await t.ok('auth.saveUser', {
      id: chen.id,
      name: '陈立平',
      role: 'supervisor',
      password: '947261',
      witness: { name: '赵敏', password: '860317' },
    })
  }, 90_000)
})

describe('the owner changes their PIN while the admin resets it', () => {
  it('the change is refused, the reset stands', async () => {
    await adminMadeAccounts()
    await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
    const clerk = user('李秀英')
    // The owner's old PIN is being checked (one slow hash) when the admin's reset comes.
    const change = t.call('auth.changePassword', { current: '417395', next: '730946' }, 'clerk')
    await new Promise((r) => setTimeout(r, 0))
    const reset = await t.call('auth.saveUser', {
      id: clerk.id,
      name: '李秀英',
      role: 'clerk',
      password: '851376',
    })
    expect(reset.ok).toBe(true)
    expect(await change).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '这个账号刚被管理员改过（重设了密码或停用），这次改密码没有保存，请重新登录',
      },
    })
    expect((await t.call('auth.login', { name: '李秀英', password: '851376' }, 'x')).ok).toBe(true)
    expect((await t.call('auth.login', { name: '李秀英', password: '730946' }, 'y')).ok).toBe(false)
  }, 90_000)
})
