/**
 * A restore stages the backup's photos and thumbnails in sub-folders of its staged copy, then
 * swaps them in by renaming the folders. Each photo's bytes are synced, but its name lives in
 * its folder: unless those folders are synced too before the swap begins, a power cut after the
 * swap can leave the restored village with its records (the journal) and without its photos,
 * and the next start would finish the restore as if whole.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { expect, it, vi } from 'vitest'
import { MARKER } from '../../../../../../../electron/core/services/data/backup/restore-marker'
import type * as fsSafe from '../../../../../../../electron/core/store/fs-safe'
import { eachDemoFolder } from './each-folder'

const events: string[] = []
vi.mock('../../../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  const fsyncDir: typeof real.fsyncDir = async (dir) => {
    events.push(`sync ${dir}`)
    await real.fsyncDir(dir)
  }
  const writeFileDurable: typeof real.writeFileDurable = async (path, data, options) => {
    events.push(`write ${path}`)
    await real.writeFileDurable(path, data, options)
  }
  return { ...real, fsyncDir, writeFileDurable }
})

const t = eachDemoFolder({ id: 'u-admin', name: '张德明' })

it('the staged photo and thumbnail folders are synced before the swap begins', async () => {
  const sha = createHash('sha256').update('PHOTO').digest('hex')
  await mkdir(join(t.f.dataDir, 'attachments', 'thumbs'), { recursive: true })
  await writeFile(join(t.f.dataDir, 'attachments', `${sha}.png`), 'PHOTO')
  await writeFile(join(t.f.dataDir, 'attachments', 'thumbs', `${sha}.jpg`), 'THUMB')
  const made = await t.backup()
  await t.f.hooks.swapStore(async () => {
    for (const n of await readdir(t.f.dataDir)) await rm(join(t.f.dataDir, n), { recursive: true })
  })
  events.length = 0
  await t.restore(made.path)

  const marker = events.indexOf(`write ${join(t.f.dataDir, MARKER)}`)
  expect(marker).toBeGreaterThan(0)
  const synced = events
    .slice(0, marker)
    .filter((e) => e.startsWith('sync '))
    .map((e) => relative(t.f.dataDir, e.slice(5)).replace(/\\/g, '/'))
  const staging = synced.find((p) => /^\.restore-\d{8}-\d{6}$/.test(p))
  expect(staging).toBeDefined()
  expect(synced).toContain(`${staging}/attachments`)
  expect(synced).toContain(`${staging}/attachments/thumbs`)
})
