/**
 * A restore whose files are all in place, but whose own entry in the journal (who restored which
 * backup, when) cannot be written, in the session nor at the next start: the disk is full, fails
 * or has turned read-only. The kiosk still opens, on the restored records (they are the live
 * journal already), keeps the marker, and the admin and the 监委 read among the 存储提醒 what
 * happened and what to do. Once the disk is healthy, the next start records the restore, once,
 * even if something was saved in between. Before, the start threw and the kiosk did not open.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { MARKER } from '../../../../../../electron/core/services/data/backup/restore-marker'
import { diskWorks, failAppends, failMarkerRemoval } from '../../../../fakes/failing-journal'
import { alertsOf, eachCoreWithUsb, loginAs, noEnglish } from './usb-core'

vi.mock('node:fs/promises', (original) =>
  import('../../../../fakes/failing-journal').then((m) => m.failingJournal(original)),
)

const env = eachCoreWithUsb()
afterEach(diskWorks)

/** The journal's restore entries, read from the file itself. */
async function restoreEntries(dir: string): Promise<string[]> {
  const lines = (await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n').filter(Boolean)
  return lines.filter((l) => (JSON.parse(l) as { action?: string }).action === 'backup.restore')
}

it.each([
  ['ENOSPC', '磁盘空间不够', '腾出磁盘空间'],
  ['EIO', '磁盘读写出错', '检查硬盘'],
  ['EROFS', '磁盘变成了只读', '检查硬盘'],
])(
  'the disk fails with %s: opens on the restored records, records it once later',
  async (code, problem, advice) => {
    const t = env.t
    await loginAs(t, 'admin')
    await t.ok('backup.newRecoveryCode', {})
    await t.core.store.flush()
    const made = await t.ok('backup.create', { targetDir: env.usb })
    const id = 'n-after-backup'
    await t.core.store.commit({
      actor: null,
      action: 'test.change',
      entity: 'notices',
      id,
      puts: [{ coll: 'notices', id, value: { id, title: '备份之后的通知' } }],
    })

    // The swap goes through; the journal takes nothing more (a power cut here ends the same way).
    failAppends(code)
    const failed = await t.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(failed.ok ? '' : failed.error.message).toContain('没能记下这次恢复')
    expect(existsSync(join(t.dir, MARKER))).toBe(true)

    // Started again while the disk still fails: it opens, on the restored records.
    await t.reopen()
    expect(t.core.store.head().seq).toBe(made.journalSeq)
    expect(t.core.store.all('notices').map((n) => n.title)).not.toContain('备份之后的通知')
    expect(t.core.store.all('restores')).toEqual([])
    expect(existsSync(join(t.dir, MARKER))).toBe(true)
    for (const role of ['admin', 'supervisor'] as const) {
      const said = (await alertsOf(t, role)).filter((m) => m.includes('没能记下这次恢复'))
      expect(said).toHaveLength(1)
      expect(said[0]).toContain('现在显示的是恢复后的数据')
      expect(said[0]).toContain(problem)
      expect(said[0]).toContain(advice)
      expect(said[0]).toContain('补记')
      expect(said[0]).toContain('联系技术人员')
      noEnglish(said[0]!)
    }
    // A second restore waits until this one is recorded.
    const again = await t.call('backup.restore', { archivePath: made.path, confirm: true }, 'admin')
    expect(again.ok ? '' : again.error.message).toContain('上一次恢复还没有做完')

    // The disk is well again while the kiosk runs, and a change is saved before the next start.
    diskWorks()
    const later = 'n-after-restore'
    await t.core.store.commit({
      actor: null,
      action: 'test.change',
      entity: 'notices',
      id: later,
      puts: [{ coll: 'notices', id: later, value: { id: later, title: '恢复之后的通知' } }],
    })
    await t.reopen()
    expect(t.core.store.all('restores')).toHaveLength(1)
    expect(await restoreEntries(t.dir)).toHaveLength(1)
    expect(existsSync(join(t.dir, MARKER))).toBe(false)
    expect(t.core.store.all('notices').map((n) => n.title)).toContain('恢复之后的通知')
    expect((await alertsOf(t, 'admin')).filter((m) => m.includes('没能记下'))).toEqual([])

    // And never again.
    await t.reopen()
    expect(t.core.store.all('restores')).toHaveLength(1)
    expect(await restoreEntries(t.dir)).toHaveLength(1)
  },
)

it('recorded, but the marker cannot be removed: opens, says so, records nothing twice', async () => {
  const t = env.t
  await loginAs(t, 'admin')
  await t.ok('backup.newRecoveryCode', {})
  await t.core.store.flush()
  const made = await t.ok('backup.create', { targetDir: env.usb })
  failAppends('ENOSPC')
  const failed = await t.call('backup.restore', { archivePath: made.path, confirm: true })
  expect(failed.ok ? '' : failed.error.message).toContain('没能记下这次恢复')

  // Space was freed, but the disk turned read-only for removals before the next start.
  diskWorks()
  failMarkerRemoval('EROFS')
  await t.reopen()
  expect(t.core.store.all('restores')).toHaveLength(1)
  expect(existsSync(join(t.dir, MARKER))).toBe(true)
  const said = (await alertsOf(t, 'supervisor')).filter((m) => m.includes('恢复'))
  expect(said).toHaveLength(1)
  expect(said[0]).toContain('也已记进变更日志')
  expect(said[0]).toContain('磁盘变成了只读')
  expect(said[0]).toContain('联系技术人员')
  noEnglish(said[0]!)

  diskWorks()
  await t.reopen()
  expect(existsSync(join(t.dir, MARKER))).toBe(false)
  expect(t.core.store.all('restores')).toHaveLength(1)
  expect(await restoreEntries(t.dir)).toHaveLength(1)
})
