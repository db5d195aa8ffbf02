/**
 * A kiosk often goes a week without a save while villagers read it every day. A clock set back
 * into that quiet week (still after the last save) must not let a 公示 be signed "six days ago",
 * leaving one day to object once the clock is put right: saves are measured from the latest time
 * the kiosk has shown too, kept on disk across a restart, with the admin's word as the way out.
 */
import { readdir, rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { plugUsb } from '../../../fakes/drives'
import type { Input } from '../../../../../contract'
import { openTestCore, staffedCore, villageInput, type TestCore } from './auth/helpers'

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
  await t.call('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
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

describe('the mark never traps a village', () => {
  it('says on the admin screen and in 核验 that the later time was shown, not saved', async () => {
    await setBackIntoQuietWeek()
    await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
    expect(await t.ok('system.clock', {})).toMatchObject({ behind: true, shown: true })
    const [alert] = await t.ok('system.alerts', {})
    expect(alert!.message).toContain('电脑现在的时间比这台电脑此前显示过的最晚时间（2026年12月5日')
    const fix = await t.ok('system.clockConfirm', {})
    expect(fix).toMatchObject({ shown: true })
    const words = (await t.ok('system.alerts', {})).map((a) => a.message)
    expect(words).toContain(
      '管理员王建国确认电脑时间是对的：这台电脑此前显示过的最晚时间是2026年12月5日 09:30，比确认时晚（当时电脑时间调快了）',
    )
  }, 60_000)

  it('a restore under a clock behind the mark is recorded (stepping over it) and the kiosk opens again', async () => {
    t = await staffedCore()
    const usb = await plugUsb('usb-')
    try {
      await t.ok('backup.newRecoveryCode', {})
      const made = await t.ok('backup.create', { targetDir: usb })
      t.advance(2 * DAY) // the clock ran fast while villagers read the board
      await t.ok('home.summary', {}, 'kiosk')
      t.advance(-2 * DAY + 60_000) // put right, still after the backup
      await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
      await t.ok('backup.restore', { archivePath: made.path, confirm: true })
      expect(await readdir(t.dir)).not.toContain('.restore-marker.json')
      await t.reopen()
      await t.ok('auth.login', { name: '王建国', password: 'admin-pass-1' })
      expect(await t.ok('backup.restores', {})).toHaveLength(1)
      expect((await t.ok('system.clockFixes', {}))[0]).toMatchObject({ shown: true })
    } finally {
      await rm(usb, { recursive: true, force: true })
    }
  }, 60_000)

  it('leaving the demo forgets the times the demo showed: a clock put right can still set up', async () => {
    t = await openTestCore(true)
    t.advance(8 * 3_600_000) // the demo shown under a fast clock
    await t.ok('home.summary', {}, 'kiosk')
    t.advance(-8 * 3_600_000 + 60_000)
    const admin = (await t.ok('auth.roster', {})).find((r) => r.role === 'admin')!
    await t.ok('auth.login', { name: admin.name, password: '333333' })
    await t.ok('setup.leaveDemo', { confirm: true })
    expect((await t.call('setup.begin', villageInput(), 'kiosk')).ok).toBe(true)
  }, 60_000)
})
