/**
 * A backup taken while the clock ran ahead, restored once the clock is right: its last change is
 * stamped later than now. The restore must still be journaled (a replaced history never goes
 * unrecorded) and the village must still open and save; the step over the later time is listed
 * on 核验 like an admin's clock confirmation.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../../../electron/core/core'
import { plugUsb, testDrives } from '../../../../../fakes/drives'

const AHEAD = new Date('2027-06-01T02:00:00Z')
const RIGHT = new Date('2026-12-06T03:30:00Z')
let dir: string
let usb: string
let now: Date
let core: Awaited<ReturnType<typeof openCore>>
const open = (demo = true) =>
  openCore({ dir, demo, demoYears: 1, now: () => now, drives: testDrives(dir) })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-restore-clock-'))
  usb = await plugUsb('kiosk-restore-clock-usb-')
  now = AHEAD
  core = await open()
})
afterEach(async () => {
  await core.close().catch(() => {})
  for (const d of [dir, `${dir}-secrets`, usb]) await rm(d, { recursive: true, force: true })
})

const PINS = { clerk: '111111', admin: '333333' } as const
const nameOf = (role: keyof typeof PINS) =>
  (core.store.all('users') as Array<{ name: string; role: string }>).find((u) => u.role === role)!
    .name
const call = async (caller: string, method: string, input: unknown) => {
  const r = await core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data as Record<string, unknown> & unknown[]
}
const login = (role: keyof typeof PINS) =>
  call(role, 'auth.login', { name: nameOf(role), password: PINS[role] })

const refusal = async (caller: string, method: string, input: unknown) => {
  const r = await core.invoke(method, input, caller)
  if (r.ok) throw new Error(`${method} should be refused`)
  return r.error
}

describe('restoring a backup taken while the clock ran ahead', () => {
  it('is refused until the admin says the clock is right, then journaled and listed on 核验', async () => {
    await login('admin')
    await call('admin', 'backup.newRecoveryCode', {})
    const made = await call('admin', 'backup.create', { targetDir: usb })
    // A long file name (up to 255 bytes) is kept whole in the records.
    const path = join(usb, `${'a'.repeat(240)}.cwbak`)
    await rename(made.path as string, path)
    now = RIGHT
    await login('admin')
    await call('admin', 'system.clockConfirm', {})
    const before = core.store.head()
    const asked = await refusal('admin', 'backup.restore', { archivePath: path, confirm: true })
    expect(asked.code).toBe('CONFLICT')
    expect(asked.message).toBe(
      '这份备份里最后一次保存的时间（2027年6月1日 10:00）比电脑现在的时间（2026年12月6日 11:30）还晚。' +
        '电脑时间不对的话，请先把电脑的日期和时间调对再恢复；' +
        '电脑时间是对的（做备份时电脑时间调快了），才能继续恢复。现在的数据保持原样',
    )
    expect(asked.fields).toEqual({ clockRight: asked.message })
    expect(core.store.head()).toEqual(before)

    await call('admin', 'backup.restore', { archivePath: path, confirm: true, clockRight: true })
    await login('admin')
    expect(await call('admin', 'backup.restores', {})).toHaveLength(1)
    // The confirmation made before the restore is not in the backup, and stays listed too.
    expect(await call('admin', 'system.clockFixes', {})).toEqual([
      expect.objectContaining({
        at: RIGHT.toISOString(),
        actor: nameOf('admin'),
        lastSavedAt: expect.stringMatching(/^2027-06-01T02:0/),
        archive: `${'a'.repeat(240)}.cwbak`,
        confirmed: true,
      }),
      {
        id: expect.any(String),
        at: RIGHT.toISOString(),
        actor: nameOf('admin'),
        lastSavedAt: expect.stringMatching(/^2027-06-01T02:0/),
      },
    ])
    const alerts = JSON.stringify(await call('admin', 'system.alerts', {}))
    expect(alerts).toContain(`管理员${nameOf('admin')}确认电脑时间是对的，恢复了备份`)
    expect(alerts).toContain('备份里最后一次保存记的时间是2027年6月1日 10:00，比恢复时晚')
    expect(await call('admin', 'system.clock', {})).toMatchObject({ behind: false })

    // It opens and saves; and a backup made now restores with its clock step on board.
    await core.close()
    core = await open(false)
    await login('clerk')
    const NOTICE = { kind: 'notice', title: '关于冬季防火的通知', body: '请各户注意用火安全。' }
    await call('clerk', 'notices.save', { ...NOTICE, validFrom: '2026-12-06' })
    await login('admin')
    now = new Date(RIGHT.getTime() + 60_000)
    const again = await call('admin', 'backup.create', { targetDir: usb })
    await call('admin', 'backup.restore', { archivePath: again.path, confirm: true })
  }, 60_000)

  it('with the clock behind (a flat battery) an ordinary backup does not restore silently', async () => {
    // A village whose clock was right all along.
    await core.close()
    await rm(dir, { recursive: true, force: true })
    now = RIGHT
    core = await open()
    await login('admin')
    await call('admin', 'backup.newRecoveryCode', {})
    const made = await call('admin', 'backup.create', { targetDir: usb })
    now = new Date('2000-01-01T00:00:00Z')
    await login('admin')
    const asked = await refusal('admin', 'backup.restore', {
      archivePath: made.path,
      confirm: true,
    })
    expect(asked.fields).toHaveProperty('clockRight')
    expect(asked.message).toContain('电脑时间不对的话，请先把电脑的日期和时间调对再恢复')
  }, 60_000)
})
