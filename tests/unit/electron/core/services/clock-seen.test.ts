/**
 * A kiosk often goes a week without a save while villagers read it every day. A clock set back
 * into that quiet week (still after the last save) must not let a 公示 be signed "six days ago",
 * leaving one day to object once the clock is put right: saves are measured from the latest time
 * the kiosk has shown too, kept on disk across a restart, with the admin's word as the way out.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../contract'
import { staffedCore, type TestCore } from './auth/helpers'

const DAY = 86_400_000
let t: TestCore
afterEach(async () => t?.close())

const GONGSHI = {
  kind: 'gongshi' as const,
  title: '2026年第四季度低保新增对象公示',
  body: '拟新增以下对象。',
  validFrom: '2026-11-29',
  validTo: '2026-12-05',
  objection: '如有异议，请在公示期内到村部监委会办公室反映。',
  rows: [{ maskedName: '张*明', group: '三组', reason: '因病', amountFen: 65_000 }],
} satisfies Input<'notices.save'>

/** Ten quiet days after the last save, the kiosk shows villagers 12月5日; then the clock goes back. */
async function setBackIntoQuietWeek(): Promise<void> {
  t = await staffedCore() // saves on 11-25
  t.advance(10 * DAY)
  expect((await t.ok('home.summary', {}, 'kiosk')).today).toBe('2026-12-05')
  t.advance(-6 * DAY) // 11-29: still after the last save
}

const clerkSaves = async () => {
  await t.call('auth.login', { name: '李秀英', password: '111111' }, 'clerk')
  return t.call('notices.save', GONGSHI, 'clerk')
}

describe('a clock set back behind what the kiosk has already shown', () => {
  it('refuses saves, saying why, and saves again once the clock is put right', async () => {
    await setBackIntoQuietWeek()
    const refused = await clerkSaves()
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(refused.ok ? '' : refused.error.message).toContain(
      '比这台电脑之前显示过的时间（2026年12月5日 09:30）还早',
    )
    expect(await t.ok('system.clock', {}, 'clerk')).toMatchObject({ behind: true })
    t.advance(6 * DAY)
    expect((await clerkSaves()).ok).toBe(true)
  }, 60_000)

  it('remembers that time across a restart (the plug pulled to forget it)', async () => {
    await setBackIntoQuietWeek()
    await t.reopen()
    expect((await clerkSaves()).ok).toBe(false)
  }, 60_000)

  it('the admin’s word that the clock is right lets saves go on, journaled for the 监委', async () => {
    await setBackIntoQuietWeek()
    expect((await clerkSaves()).ok).toBe(false)
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
    const fix = await t.ok('system.clockConfirm', {})
    expect(fix.lastSavedAt.slice(0, 10)).toBe('2026-12-05')
    expect((await clerkSaves()).ok).toBe(true)
  }, 60_000)
})
