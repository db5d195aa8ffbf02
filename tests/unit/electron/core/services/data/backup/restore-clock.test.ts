/**
 * A backup taken while the clock ran ahead, restored once the clock is right: its last change is
 * stamped later than now. The restore must still be journaled (a replaced history never goes
 * unrecorded) and the village must still open and save; the step over the later time is listed
 * on 核验 like an admin's clock confirmation.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../../../electron/core/core'

const AHEAD = new Date('2027-06-01T02:00:00Z')
const RIGHT = new Date('2026-12-06T03:30:00Z')
let dir: string
let usb: string
let now: Date
let core: Awaited<ReturnType<typeof openCore>>
const open = (demo = true) => openCore({ dir, demo, demoYears: 1, now: () => now })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-restore-clock-'))
  usb = await mkdtemp(join(tmpdir(), 'kiosk-restore-clock-usb-'))
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

describe('restoring a backup taken while the clock ran ahead', () => {
  it('is journaled, listed with the clock step on 核验, and the village opens and saves', async () => {
    await login('admin')
    await call('admin', 'backup.newRecoveryCode', {})
    const made = await call('admin', 'backup.create', { targetDir: usb })
    now = RIGHT
    await login('admin')
    await call('admin', 'system.clockConfirm', {})
    await call('admin', 'backup.restore', { archivePath: made.path, confirm: true })

    await login('admin')
    expect(await call('admin', 'backup.restores', {})).toHaveLength(1)
    expect(await call('admin', 'system.clockFixes', {})).toEqual([
      expect.objectContaining({
        at: RIGHT.toISOString(),
        actor: nameOf('admin'),
        lastSavedAt: expect.stringMatching(/^2027-06-01T02:0/),
        archive: expect.stringMatching(/\.cwbak$/),
      }),
    ])
    const alerts = JSON.stringify(await call('admin', 'system.alerts', {}))
    expect(alerts).toContain(`管理员${nameOf('admin')}恢复了备份`)
    expect(alerts).toContain('备份里最后一次保存记的时间是2027年6月1日 10:00，比恢复时晚')
    const state = await call('admin', 'system.clock', {})
    expect(state).toMatchObject({ behind: false })

    await core.close()
    core = await open(false)
    await login('clerk')
    const NOTICE = { kind: 'notice', title: '关于冬季防火的通知', body: '请各户注意用火安全。' }
    await call('clerk', 'notices.save', { ...NOTICE, validFrom: '2026-12-06' })
  }, 60_000)
})
