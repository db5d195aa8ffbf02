/**
 * On a disk without hard links (FAT/exFAT), the previous good copy a durable write keeps beside a
 * document is a copy of it. That copy is synced before the new file is renamed over the old one:
 * a power cut just after cannot leave the "good copy" empty or torn, with the old file gone.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import {
  generationPath,
  tempPath,
  writeFileDurable,
} from '../../../../../electron/core/store/fs-safe'
import { clearFsLog, fsLog, syncedPaths } from '../../../fakes/synced-fs'

vi.mock('node:fs/promises', (original) =>
  import('../../../fakes/synced-fs').then((m) => m.recordingFs(original, { hardLinks: false })),
)

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rotate-copy-'))
  clearFsLog()
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('the copied previous version is synced before the new file replaces the old', async () => {
  const path = join(dir, 'notices.json')
  await writeFile(path, 'old')
  await writeFileDurable(path, 'new', { generations: 2 })
  const first = generationPath(path, 1)
  expect(await readFile(first, 'utf8')).toBe('old')
  expect(await readFile(path, 'utf8')).toBe('new')
  expect(syncedPaths()).toEqual([tempPath(path), first, dir])
  const swapped = fsLog.findIndex((e) => e.op === 'rename' && e.to === path)
  const kept = fsLog.findIndex((e) => e.op === 'sync' && e.path === first)
  expect(kept).toBeLessThan(swapped)
})
