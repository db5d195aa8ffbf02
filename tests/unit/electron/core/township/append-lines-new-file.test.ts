/**
 * The console's append-only files (the archive, its day file) are new files the first time a
 * village's packages arrive: their name in the folder must be on disk too, or a power cut right
 * after can lose the whole file though its bytes were synced. Appending to one already there
 * needs no second folder sync.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import type * as fsSafe from '../../../../../electron/core/store/fs-safe'
import { appendLines } from '../../../../../electron/core/township/append-lines'
import { tempDir } from '../../../temp-dir'

const synced: string[] = []
vi.mock('../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  const fsyncDir: typeof real.fsyncDir = async (dir) => {
    synced.push(dir)
    await real.fsyncDir(dir)
  }
  return { ...real, fsyncDir }
})

it('a new file has its folder synced; a later append does not sync the folder again', async () => {
  const dir = tempDir('append-lines-')
  const file = join(dir, '联盟村.days')
  await appendLines(file, [Buffer.from('{"a":1}\n')])
  expect(synced).toEqual([dir])
  await appendLines(file, [Buffer.from('{"a":2}\n')])
  expect(synced).toEqual([dir])
  expect(await readFile(file, 'utf8')).toBe('{"a":1}\n{"a":2}\n')
})
