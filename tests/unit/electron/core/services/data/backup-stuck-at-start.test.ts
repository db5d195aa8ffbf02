/**
 * A restore the start cannot finish or undo because the data disk itself fails (EIO, ENOSPC,
 * EROFS), not because a program holds a file. The kiosk still opens, never on a folder half old
 * and half new: before the new journal is in place it opens the old records, after it the
 * restored ones; the marker and both folders stay for the next start, and the admin and the 监委
 * read in plain Chinese among the 存储提醒 what happened and what to do. Before, the start threw
 * and the kiosk did not open at all.
 */
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { MARKER } from '../../../../../../electron/core/services/data/backup/restore-marker'
import { failRenames, renamesWork } from '../../../../fakes/failing-renames'
import type { TestCore } from '../auth/helpers'
import { alertsOf, eachCoreWithUsb, loginAs, noEnglish } from './usb-core'

vi.mock('../../../../../../electron/core/store/fs-safe', (original) =>
  import('../../../../fakes/failing-renames').then((m) => m.failingRenames(original)),
)

const env = eachCoreWithUsb()
afterEach(renamesWork)

const inStaging = (from: string) => basename(dirname(from)).startsWith('.restore-')
const inReplaced = (from: string) => basename(dirname(from)).startsWith('replaced-')
const stagedJournal = (from: string) => inStaging(from) && basename(from) === 'journal.jsonl'

const named = async (dir: string, prefix: string) =>
  (await readdir(dir)).filter((n) => n.startsWith(prefix) && n !== MARKER)

/** The admin and the 监委 each read one 恢复没有完成 alert, saying every one of `words`. */
async function saysEach(t: TestCore, words: string[]) {
  for (const role of ['admin', 'supervisor'] as const) {
    const said = (await alertsOf(t, role)).filter((m) => m.includes('恢复没有完成'))
    expect(said).toHaveLength(1)
    for (const w of words) expect(said[0]).toContain(w)
    noEnglish(said[0]!)
  }
}

/** The disk works again and the kiosk is started: the marker and the staged folder are gone. */
async function mendedAndReopened(t: TestCore) {
  renamesWork()
  await t.reopen()
  expect(existsSync(join(t.dir, MARKER))).toBe(false)
  expect(await named(t.dir, '.restore-')).toEqual([])
}

async function backedUp(t: TestCore) {
  await loginAs(t, 'admin')
  await t.ok('backup.newRecoveryCode', {})
  await t.core.store.flush()
  const made = await t.ok('backup.create', { targetDir: env.usb })
  // A change after the backup: the old records have it, the restored ones do not.
  const id = 'n-after-backup'
  await t.core.store.commit({
    actor: null,
    action: 'test.change',
    entity: 'notices',
    id,
    puts: [{ coll: 'notices', id, value: { id, title: '备份之后的通知' } }],
  })
  return made
}

it('past the new journal: opens on the restored records, keeps the marker, says what to do', async () => {
  const t = env.t
  const made = await backedUp(t)
  failRenames('EIO', (from) => inStaging(from) && basename(from) === 'attachments')
  const failed = await t.call('backup.restore', { archivePath: made.path, confirm: true })
  expect(failed.ok ? '' : failed.error.message).toContain('恢复的记录已经换好')

  // The disk still fails when the kiosk is started again: it opens all the same.
  await t.reopen()
  expect(t.core.store.head().seq).toBe(made.journalSeq + 1)
  expect(t.core.store.all('restores')).toHaveLength(1)
  expect(t.core.store.all('notices').map((n) => n.title)).not.toContain('备份之后的通知')
  expect(existsSync(join(t.dir, MARKER))).toBe(true)
  expect(await named(t.dir, '.restore-')).toHaveLength(1)
  await saysEach(t, ['磁盘读写出错', '恢复的记录已经换好', '没有丢失', '重启电脑', '联系技术人员'])

  // The disk works again: the next start puts the rest in and the alert is gone.
  await mendedAndReopened(t)
  expect(t.core.store.all('restores')).toHaveLength(1)
  expect((await alertsOf(t, 'admin')).filter((m) => m.includes('恢复没有完成'))).toEqual([])
})

it('before the new journal: opens on the old records, keeps what is not back, says so', async () => {
  const t = env.t
  const made = await backedUp(t)
  const oldHead = t.core.store.head()
  const before = (await readdir(t.dir)).filter((n) => !/^(\.|village\.lock)/.test(n)).sort()
  // The journal's rename fails, and so does every move back: the old entries stay set aside.
  failRenames('ENOSPC', (from) => stagedJournal(from) || inReplaced(from))
  const failed = await t.call('backup.restore', { archivePath: made.path, confirm: true })
  const said = failed.ok ? '' : failed.error.message
  expect(said).toContain('恢复没有进行')
  expect(said).toContain('重新打开')
  noEnglish(said)
  expect(existsSync(join(t.dir, MARKER))).toBe(true)

  await t.reopen()
  expect(t.core.store.head()).toEqual(oldHead)
  expect(t.core.store.all('notices').map((n) => n.title)).toContain('备份之后的通知')
  expect(existsSync(join(t.dir, MARKER))).toBe(true)
  expect(await named(t.dir, 'replaced-')).toHaveLength(1)
  await saysEach(t, ['磁盘空间不够', '已退回恢复前的记录', '腾出'])

  // Space freed: the next start puts every old entry back and clears the marker.
  await mendedAndReopened(t)
  expect(t.core.store.head().seq).toBe(oldHead.seq)
  const after = (await readdir(t.dir)).filter((n) => !/^(\.|village\.lock|replaced-)/.test(n))
  expect(after.sort()).toEqual(expect.arrayContaining(before))
  expect(existsSync(join(t.dir, 'attachments'))).toBe(true)
  expect((await alertsOf(t, 'admin')).filter((m) => m.includes('恢复没有完成'))).toEqual([])
})
