import { afterEach, describe, expect, it } from 'vitest'
import { openTestCore, staffedCore, villageInput, type TestCore } from './helpers'

let t: TestCore
afterEach(async () => t?.close())

// The PINs a guesser types first: one key held down, a straight run, a short pattern repeated,
// and the few key shapes and phrases every list of common PINs starts with.
const GUESSABLE = [
  '000000',
  '111111',
  '888888',
  '123456',
  '654321',
  '012345',
  '345678',
  '121212',
  '123123',
  '520520',
  '112233',
  '123321',
  '147258',
  '159357',
  '5201314',
  '12345678',
]
const WORDS = '这个密码太容易被人猜到（如 111111、123456、121212），请换一个'

describe('a new PIN a guesser would try first is refused, whoever sets it', () => {
  it('the admin creating or resetting an account: refused in the PIN box, nothing saved', async () => {
    t = await staffedCore()
    const [clerk] = (await t.ok('auth.users', {})).filter((u) => u.role === 'clerk')
    const before = t.seq()
    for (const pin of GUESSABLE) {
      const created = await t.call('auth.saveUser', { name: '赵六', role: 'clerk', password: pin })
      expect(created, pin).toMatchObject({ ok: false, error: { fields: { password: WORDS } } })
      const reset = await t.call('auth.saveUser', {
        id: clerk!.id,
        name: clerk!.name,
        role: 'clerk',
        password: pin,
      })
      expect(reset, pin).toMatchObject({ ok: false, error: { fields: { password: WORDS } } })
    }
    expect(t.seq()).toBe(before)
    // An ordinary PIN still goes through.
    await t.ok('auth.saveUser', { name: '赵六', role: 'clerk', password: '402718' })
    await t.ok('auth.login', { name: '赵六', password: '402718' }, 'z')
  })

  it('a cadre changing their own PIN', async () => {
    t = await staffedCore()
    await t.ok('auth.saveUser', { name: '赵六', role: 'clerk', password: '402718' })
    await t.ok('auth.login', { name: '赵六', password: '402718' }, 'z')
    for (const pin of GUESSABLE) {
      const r = await t.call('auth.changePassword', { current: '402718', next: pin }, 'z')
      expect(r, pin).toMatchObject({ ok: false, error: { fields: { next: WORDS } } })
    }
    await t.ok('auth.changePassword', { current: '402718', next: '930572' }, 'z')
    await t.ok('auth.login', { name: '赵六', password: '930572' }, 'z2')
  })

  it('the first administrator at setup', async () => {
    t = await openTestCore()
    const r = await t.call(
      'setup.begin',
      villageInput({ admin: { name: '王建国', password: '123456' } }),
    )
    expect(r).toMatchObject({ ok: false, error: { fields: { 'admin.password': WORDS } } })
  })

  it('an old easy PIN still logs in (the demo village, accounts made before this rule)', async () => {
    t = await openTestCore(true)
    await t.ok('auth.login', { name: '杨雪梅', password: '111111' })
  })
})
