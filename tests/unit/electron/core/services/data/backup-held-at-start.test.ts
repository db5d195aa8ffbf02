/**
 * A restore whose new journal is in place but whose photos could not all be moved in (a program
 * such as an antivirus holds the photo folder), and the folder is still held at the next start:
 * the kiosk opens with the restored records all the same, the photos stay staged for the start
 * after, and the admin and the 监委 read among the 存储提醒 what is missing and how to finish it.
 * Before, the start threw and the kiosk did not open at all.
 */
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { MARKER } from '../../../../../../electron/core/services/data/backup/restore-marker'
import { failRenames, renamesWork } from '../../../../fakes/failing-renames'
import type { TestCore } from '../auth/helpers'
import { eachCoreWithUsb, loginAs } from './usb-core'

vi.mock('../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)

const env = eachCoreWithUsb()
afterEach(renamesWork)

/** Every move of the staged photo folder fails as held by another program (Windows' EPERM). */
const holdStagedPhotos = () =>
  failRenames(
    'EPERM',
    (from) => basename(from) === 'attachments' && basename(dirname(from)).startsWith('.restore-'),
    'EPERM: operation not permitted, rename',
  )

const staged = async (dir: string) =>
  (await readdir(dir)).filter((n) => n.startsWith('.restore-')).map((n) => join(dir, n))

async function alertsOf(t: TestCore, role: 'admin' | 'supervisor') {
  const roster = await t.ok('auth.roster', {})
  const who = roster.find((r) => r.role === role)!
  const password = role === 'admin' ? '333333' : '222222'
  await t.ok('auth.login', { name: who.name, password }, role)
  return t.ok('system.alerts', {}, role)
}

it('opens with the restored records, keeps the photos staged and says so to admin and 监委', async () => {
  const t = env.t
  await loginAs(t, 'admin')
  await t.ok('backup.newRecoveryCode', {})
  await t.core.store.flush()
  const made = await t.ok('backup.create', { targetDir: env.usb })
  holdStagedPhotos()
  const failed = await t.call('backup.restore', { archivePath: made.path, confirm: true })
  expect(failed.ok ? '' : failed.error.message).toContain('恢复的记录已经换好')

  // The antivirus still holds the folder when the kiosk is started again.
  await t.reopen()
  expect(t.core.store.all('restores')).toHaveLength(1)
  expect(existsSync(join(t.dir, MARKER))).toBe(true)
  const [staging] = await staged(t.dir)
  const photos = (await readdir(join(staging!, 'attachments'), { withFileTypes: true })).filter(
    (e) => e.isFile(),
  )
  expect(photos.length).toBeGreaterThan(0)
  expect(existsSync(join(t.dir, 'attachments', photos[0]!.name))).toBe(false)

  const message =
    `恢复的记录已经换好，但还有 ${photos.length} 个照片等文件没能放进去：` +
    '有程序正占用村务数据文件夹（可能是杀毒软件）。这些文件还在电脑上，没有丢失。' +
    '请关掉占用它的程序，再重启电脑，程序打开时会把它们放好；在这之前，这些照片显示不出来'
  for (const role of ['admin', 'supervisor'] as const) {
    expect(await alertsOf(t, role)).toContainEqual(
      expect.objectContaining({ level: 'warning', message }),
    )
  }
  // A published line whose photo is still staged is shown as before; only its photo is missing.
  const names = new Set(photos.map((p) => p.name))
  const entry = t.core.store.all('ledger').find((e) => e.attachments.some((a) => names.has(a)))!
  const shown = await t.ok('ledger.entry', { id: entry.id })
  expect(shown.attachments).toEqual(entry.attachments)
  expect(shown.attachments.filter((a) => names.has(a)).length).toBeGreaterThan(0)
  // A second restore waits until this one is finished.
  const again = await t.call('backup.restore', { archivePath: made.path, confirm: true }, 'admin')
  expect(again.ok ? '' : again.error.message).toContain('上一次恢复还没有做完')

  // The folder let go: the next start puts the photos in and the alert is gone.
  renamesWork()
  await t.reopen()
  expect(existsSync(join(t.dir, MARKER))).toBe(false)
  expect(await staged(t.dir)).toEqual([])
  for (const p of photos) expect(existsSync(join(t.dir, 'attachments', p.name))).toBe(true)
  expect(t.core.store.all('restores')).toHaveLength(1)
  const after = await alertsOf(t, 'admin')
  expect(after.map((a) => a.message).filter((m) => m.includes('没能放进'))).toEqual([])
})
