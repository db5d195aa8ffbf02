/**
 * A stick's folder of thousands of photos (a phone's DCIM): listed by name at once, only the
 * rows shown looked at one by one. Each row's size needs a stat call, which on a slow stick is
 * what kept a 30,000-photo folder from opening for half a minute.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { browse, MAX_ROWS } from '../../../../../../electron/core/services/drives/files'
import { tempDir } from '../../../../temp-dir'

const looked = vi.hoisted(() => [] as string[])
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const stat = (async (path: string, ...rest: []) => {
    looked.push(String(path))
    return fs.stat(path, ...rest)
  }) as typeof fs.stat
  return { ...fs, stat, default: { ...fs, stat } }
})

it('a folder of 3,000 photos: the first 500 by name with their sizes, the rest counted, only those 500 looked at', async () => {
  const stick = join(tempDir('kiosk-big-folder-'), 'KINGSTON')
  const dcim = join(stick, 'DCIM')
  mkdirSync(join(dcim, '100APPLE'), { recursive: true })
  const name = (i: number) => `IMG_${String(i).padStart(4, '0')}.jpg`
  // Written in reverse, so the listing's order is its own sorting, not the disk's.
  for (let i = 3000; i >= 1; i--) writeFileSync(join(dcim, name(i)), 'x'.repeat((i % 7) + 1))
  looked.length = 0
  const folder = await browse(dcim, {
    drives: [{ path: stick, label: 'KINGSTON', kind: 'usb' }],
    closed: [],
  })
  expect(folder.entries).toHaveLength(MAX_ROWS)
  expect(folder.more).toBe(3001 - MAX_ROWS)
  expect(folder.entries[0]).toMatchObject({ name: '100APPLE', kind: 'folder' })
  const files = folder.entries.slice(1)
  expect(files.map((f) => f.name)).toEqual(files.map((_, k) => name(k + 1)))
  expect(files.map((f) => f.bytes)).toEqual(files.map((_, k) => ((k + 1) % 7) + 1))
  const rowsLooked = looked.filter((p) => p.startsWith(`${dcim}/`))
  expect(rowsLooked).toHaveLength(MAX_ROWS - 1)
})
