/**
 * A backup shares an attachment already on the stick only after unsealing and hashing it: one
 * damaged photo there (bit rot, a stick pulled while another tool wrote to it, someone who
 * edited a lost stick) is sealed afresh, so a backup that says it is verified restores, and the
 * older archives sharing that photo are mended too.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { inspectBackup } from '../../../../../../../electron/core/services/data/backup/list'
import { NOW, demoFolder, type Folder } from './folder'

let f: Folder
beforeEach(async () => {
  f = await demoFolder()
})
afterEach(async () => {
  await f.cleanup()
})

const sha = (b: string) => createHash('sha256').update(b).digest('hex')

it('a later backup seals a damaged attachment on the stick afresh and restores', async () => {
  await mkdir(join(f.dataDir, 'attachments'), { recursive: true })
  await writeFile(join(f.dataDir, 'attachments', `${sha('PHOTO-1')}.jpg`), 'PHOTO-1')
  const first = await createBackup({
    dataDir: f.dataDir,
    targetDir: f.target,
    now: NOW,
    automatic: false,
    secrets: f.secrets,
  })

  // One byte of the sealed photo on the stick goes bad (its plain header stays readable).
  const dir = join(f.target, 'attachments')
  const [name] = await readdir(dir)
  const path = join(dir, name!)
  const bytes = await readFile(path)
  bytes[bytes.length - 20]! ^= 0xff
  await writeFile(path, bytes)
  expect((await stat(path)).size).toBe(bytes.length)

  const later = await createBackup({
    dataDir: f.dataDir,
    targetDir: f.target,
    now: new Date(NOW.getTime() + 86_400_000),
    automatic: false,
    secrets: f.secrets,
  })
  const check = await inspectBackup(later.path, f.secrets)
  // The promise of `verified: true` is that this archive restores.
  expect({ verified: later.verified, inspect: check.ok }).toEqual({ verified: true, inspect: true })
  expect(await readdir(dir)).toEqual([name])
  expect(await inspectBackup(first.path, f.secrets)).toMatchObject({ ok: true })
})

it('a photo damaged after a backup already checked it is still found by the next one', async () => {
  await mkdir(join(f.dataDir, 'attachments'), { recursive: true })
  await writeFile(join(f.dataDir, 'attachments', `${sha('PHOTO-2')}.jpg`), 'PHOTO-2')
  const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000)
  const backup = (days: number) =>
    createBackup({
      dataDir: f.dataDir,
      targetDir: f.target,
      now: at(days),
      automatic: false,
      secrets: f.secrets,
    })
  await backup(0)
  await backup(1) // reads the shared photo whole once, and remembers it as it stood
  const dir = join(f.target, 'attachments')
  const [name] = await readdir(dir)
  const bytes = await readFile(join(dir, name!))
  bytes[bytes.length - 20]! ^= 0xff
  await writeFile(join(dir, name!), bytes)
  const later = await backup(2)
  expect(await inspectBackup(later.path, f.secrets)).toMatchObject({ ok: true })
})
