/**
 * The signing key is made once and every package is signed with it: a power cut just after it is
 * made must not leave an empty key file (its bytes never reached the disk) or no file at all (its
 * name never did). Its bytes are synced before the rename, and its folder after.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { KEY_FILE, loadOrCreateKey } from '../../../../../electron/core/township/keys'
import { clearFsLog, fsLog } from '../../../fakes/synced-fs'

vi.mock('node:fs/promises', (original) =>
  import('../../../fakes/synced-fs').then((m) => m.recordingFs(original)),
)

/** Each sync and rename, in order. */
const events = () =>
  fsLog.map((e) => (e.op === 'sync' ? `sync ${e.path}` : `rename ${e.from} ${e.to}`))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'township-key-durable-'))
  clearFsLog()
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('the new key is synced, then renamed into place, then its folder synced', async () => {
  const keyDir = join(dir, 'signing')
  await loadOrCreateKey(keyDir)
  const file = join(keyDir, KEY_FILE)
  const tmp = `${file}.${process.pid}.tmp`
  expect(events()).toEqual([
    `sync ${tmp}`,
    `rename ${tmp} ${file}`,
    `sync ${keyDir}`,
    // The key folder is new too: its own name is in the folder above.
    `sync ${dir}`,
  ])
})
