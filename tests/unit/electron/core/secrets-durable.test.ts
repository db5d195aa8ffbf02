/**
 * The PIN pepper is made on first need and every PIN hash is made with it: a power cut just after
 * must not lose it, or no cadre could log in again. The secrets folder is new then, so its own
 * name in the folder above is synced too, not only the file's name in it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { Secrets } from '../../../../electron/core/secrets'
import { clearFsLog, syncedPaths } from '../../fakes/synced-fs'

vi.mock('node:fs/promises', (original) =>
  import('../../fakes/synced-fs').then((m) => m.recordingFs(original)),
)

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'secrets-durable-'))
  clearFsLog()
})
afterEach(() => rm(root, { recursive: true, force: true }))

it('the first pepper is synced with the new secrets folder and the folder above it', async () => {
  const dir = join(root, 'data-secrets')
  await new Secrets(dir).peppers()
  expect(syncedPaths()).toEqual([join(dir, '.pepper.json.tmp'), dir, root])
  // The folder is there now: a later write syncs only the file and its folder.
  clearFsLog()
  await new Secrets(dir).importPeppers([Buffer.alloc(32, 7)])
  expect(syncedPaths()).toEqual([join(dir, '.pepper.json.tmp'), dir])
})
