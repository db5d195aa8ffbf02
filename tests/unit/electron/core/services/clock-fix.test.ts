/**
 * A clock set forward once (by hand, or a bad time sync) stamps a save in the future. Put right,
 * the clock is then "behind the last save", and every save is refused until that future day.
 * The way out: the admin says, with their PIN, that the clock is right now. That word is itself
 * journaled (who, when, the future time it steps over) and shown to the 监委 on 核验.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../electron/core/core'
import { removeTempDir } from '../../../temp-dir'

const AHEAD = new Date('2027-06-01T02:00:00Z') // 2027年6月1日 10:00 in the village
const RIGHT = new Date('2026-12-06T03:30:00Z') // 2026年12月6日 11:30

let dir: string
let now: Date
let core: Awaited<ReturnType<typeof openCore>>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-clock-fix-'))
  now = AHEAD
  core = await openCore({ dir, demo: true, now: () => now })
})
afterEach(async () => {
  await core.close()
  removeTempDir(dir)
})

const PINS = { clerk: '111111', supervisor: '222222', admin: '333333' } as const
type Role = keyof typeof PINS

function nameOf(role: Role): string {
  const users = core.store.all('users') as Array<{ name: string; role: string }>
  return users.find((u) => u.role === role)!.name
}

async function call(caller: string, method: string, input: unknown) {
  return core.invoke(method, input, caller)
}

async function login(role: Role, pin: string = PINS[role]) {
  return call(role, 'auth.login', { name: nameOf(role), password: pin })
}

const NOTICE = {
  kind: 'notice',
  title: '关于冬季防火的通知',
  body: '请各户注意用火安全。',
  validFrom: '2026-12-06',
  validTo: '2026-12-31',
}

const journal = async () =>
  (await readFile(join(dir, 'journal.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { action: string; at: string; data: unknown })

describe('a clock that was set ahead and put right', () => {
  it('the admin confirms the clock is right: journaled, shown on 核验, saves go on', async () => {
    // Under the wrong clock: a save stamped 2027, and a mistyped PIN counted (also stamped 2027).
    expect((await login('clerk')).ok).toBe(true)
    expect((await call('clerk', 'notices.save', NOTICE)).ok).toBe(true)
    expect((await login('admin', '999999')).ok).toBe(false)
    now = RIGHT
    // The clerk's login, made under the wrong clock, has ended (its timers counted from 2027).
    const ended = await call('clerk', 'notices.save', NOTICE)
    expect(ended.ok ? 'saved' : ended.error.message).toBe('电脑时间调过了，为了安全请重新登录')
    expect((await login('clerk')).ok).toBe(true)
    // The admin's right PIN still lets them in, though clearing the count cannot be saved yet.
    const adminIn = await login('admin')
    expect(adminIn.ok ? 'in' : adminIn.error.message).toBe('in')
    const refused = await call('clerk', 'notices.save', NOTICE)
    expect(refused.ok ? 'saved' : refused.error.message).toContain(
      '比上一次保存的时间（2027年6月1日 10:00）还早',
    )
    expect(refused.ok ? '' : refused.error.message).toContain(
      '如果电脑现在的时间是对的，请管理员登录后在管理首页确认',
    )

    const state = await call('clerk', 'system.clock', {})
    expect(state).toEqual({
      ok: true,
      data: {
        behind: true,
        now: RIGHT.toISOString(),
        lastSavedAt: expect.stringMatching(/^2027-06-01T02:00/),
      },
    })
    const alerts = await call('admin', 'system.alerts', {})
    expect(JSON.stringify(alerts)).toContain('2027年6月1日 10:00')

    // Only an admin may say so.
    const clerk = await call('clerk', 'system.clockConfirm', {})
    expect(clerk.ok ? 'ok' : clerk.error.code).toBe('FORBIDDEN')
    const before = (await journal()).length
    const done = await call('admin', 'system.clockConfirm', {})
    expect(done).toEqual({
      ok: true,
      data: expect.objectContaining({
        at: RIGHT.toISOString(),
        actor: nameOf('admin'),
        lastSavedAt: expect.stringMatching(/^2027-06-01T02:00/),
      }),
    })
    const lines = await journal()
    expect(lines).toHaveLength(before + 1)
    expect(lines.at(-1)).toMatchObject({ action: 'system.clockConfirm', at: RIGHT.toISOString() })

    // Saves go on, stamped with the right time; a second confirmation has nothing to confirm.
    const saved = await call('clerk', 'notices.save', NOTICE)
    expect(saved.ok).toBe(true)
    expect((await journal()).at(-1)).toMatchObject({
      action: 'notices.save',
      at: RIGHT.toISOString(),
    })
    expect(await call('clerk', 'system.clock', {})).toMatchObject({
      ok: true,
      data: { behind: false },
    })
    const again = await call('admin', 'system.clockConfirm', {})
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT')

    // 核验 lists it for the 监委, and their home's alerts say it.
    expect((await login('supervisor')).ok).toBe(true)
    const fixes = await call('supervisor', 'system.clockFixes', {})
    expect(fixes).toEqual({
      ok: true,
      data: [expect.objectContaining({ actor: nameOf('admin'), at: RIGHT.toISOString() })],
    })
    const seen = await call('supervisor', 'system.alerts', {})
    expect(JSON.stringify(seen)).toContain(`管理员${nameOf('admin')}确认电脑时间是对的`)

    // After a restart the journal's last line is the confirmation: saves still go on.
    await core.close()
    core = await openCore({ dir, now: () => now })
    expect((await login('clerk')).ok).toBe(true)
    expect((await call('clerk', 'notices.save', NOTICE)).ok).toBe(true)
  })

  it('a wrong-PIN wait or account lock stamped under the clock ahead does not last months', async () => {
    // Ten wrong PINs, each on another screen: the account is locked (stamped 2027).
    for (let i = 0; i < 10; i++)
      await call(`screen-${i}`, 'auth.login', { name: nameOf('admin'), password: '999999' })
    const locked = await login('admin')
    expect(locked.ok ? 'in' : locked.error.code).toBe('LOCKED')
    now = RIGHT
    // The lock was at most 15 minutes long; six months ahead it was stamped under the wrong
    // clock, and the screen that saw the last wrong PIN does not wait half a year either.
    const adminIn = await login('admin')
    expect(adminIn.ok ? 'in' : adminIn.error.message).toBe('in')
    const wrong = await call('screen-9', 'auth.login', {
      name: nameOf('clerk'),
      password: '999999',
    })
    expect(wrong.ok ? 'in' : wrong.error.message).toBe('姓名或密码不对，请再试一次')
  })

  it('a login and the question limit do not run on the clock that was ahead', async () => {
    // A login made under the wrong clock ends once the clock is put right: its idle timer
    // counted from a time not yet come, so it would never time out.
    expect((await login('admin')).ok).toBe(true)
    for (let i = 0; i < 5; i++)
      expect((await call('kiosk', 'questions.submit', { type: '求助', text: `问题${i}` })).ok).toBe(
        true,
      )
    now = RIGHT
    const after = await call('admin', 'system.clock', {})
    expect(after.ok ? 'still in' : after.error.message).toBe('电脑时间调过了，为了安全请重新登录')
    expect((await login('admin')).ok).toBe(true)
    expect((await call('admin', 'system.clockConfirm', {})).ok).toBe(true)
    // Five questions stamped 2027 do not hold the kiosk's window back until then.
    const asked = await call('kiosk', 'questions.submit', { type: '求助', text: '低保怎么申请' })
    expect(asked.ok ? 'asked' : asked.error.message).toBe('asked')
  })

  it('with the clock not behind there is nothing to confirm, and nothing is written', async () => {
    expect((await login('admin')).ok).toBe(true)
    const before = (await journal()).length
    const r = await call('admin', 'system.clockConfirm', {})
    expect(r.ok ? 'ok' : r.error.message).toBe('电脑时间没有比上一次保存的时间早，不需要确认')
    expect(await journal()).toHaveLength(before)
  })
})
