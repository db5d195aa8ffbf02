/**
 * On a disk without hard links (FAT/exFAT, a USB drive), a restore's swap keeps the old journal
 * by copying it into the set-aside folder. The copy is synced before anything else moves, so a
 * power cut after the swap cannot leave the set-aside history empty or torn.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { swapIn } from '../../../../../../../electron/core/services/data/backup/swap-in'
import { clearFsLog, syncedPaths } from '../../../../../fakes/synced-fs'

vi.mock('node:fs/promises', (original) =>
  import('../../../../../fakes/synced-fs').then((m) =>
    m.recordingFs(original, { hardLinks: false }),
  ),
)

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'swap-copy-'))
  clearFsLog()
})
afterEach(() => rm(root, { recursive: true, force: true }))

it('the copied old journal is synced where hard links cannot be made', async () => {
  const data = join(root, 'data')
  const staging = join(root, 'staging')
  await mkdir(data)
  await mkdir(staging)
  await writeFile(join(data, 'journal.jsonl'), 'old\n')
  await writeFile(join(staging, 'journal.jsonl'), 'new\n')
  await swapIn(data, staging, 'replaced-1')
  const kept = join(data, 'replaced-1', 'journal.jsonl')
  expect(await readFile(kept, 'utf8')).toBe('old\n')
  expect(syncedPaths()).toContain(kept)
})
