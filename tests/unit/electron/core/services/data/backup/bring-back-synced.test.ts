/**
 * An answer's photo carried back by a restore into restored data that has no photo folder: the
 * folder (and its thumbnail folder) is made new, and its own name lives in the folder above.
 * Unless that is synced too before the restore is journaled, a power cut just after could leave
 * the carried answer's photo gone with its whole folder.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { bringBackFiles } from '../../../../../../../electron/core/services/data/backup/kept-records'
import type * as fsSafe from '../../../../../../../electron/core/store/fs-safe'

const synced: string[] = []
vi.mock('../../../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  const fsyncDir: typeof real.fsyncDir = async (dir) => {
    synced.push(dir)
    await real.fsyncDir(dir)
  }
  return { ...real, fsyncDir }
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bring-back-'))
  synced.length = 0
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('a new photo folder and its thumbnail folder are synced in the folders above them', async () => {
  const sha = createHash('sha256').update('PHOTO').digest('hex')
  const from = join(dir, 'replaced-1', 'attachments')
  await mkdir(join(from, 'thumbs'), { recursive: true })
  await writeFile(join(from, `${sha}.jpg`), 'PHOTO')
  await writeFile(join(from, 'thumbs', `${sha}.jpg`), 'THUMB')
  await writeFile(join(dir, 'journal.jsonl'), '')
  await bringBackFiles(dir, 'replaced-1', [
    { coll: 'attachments', id: `${sha}.jpg`, value: { id: `${sha}.jpg` } },
  ])
  expect(await readFile(join(dir, 'attachments', `${sha}.jpg`), 'utf8')).toBe('PHOTO')
  expect(await readFile(join(dir, 'attachments', 'thumbs', `${sha}.jpg`), 'utf8')).toBe('THUMB')
  expect(synced).toContain(dir)
  expect(synced).toContain(join(dir, 'attachments'))
})
