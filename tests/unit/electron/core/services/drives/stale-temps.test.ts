/**
 * A stick pulled out while an export was being written keeps the kiosk's half-written temp copy
 * (`.<uuid>.tmp`). The next time that folder is opened in the drive browser or saved into, the
 * kiosk's own stale temp copies there are removed (and never listed); every other file, a temp
 * copy still being written, and one the stick will not let go of are left alone.
 */
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { drivesHandlers } from '../../../../../../electron/core/services/drives'
import { harness, type Harness } from '../ledger-admin/harness'
import { tempDir } from '../../../../temp-dir'

/** A stick whose write-protect switch is on: nothing on it can be removed. */
const stick = vi.hoisted(() => ({ readOnly: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const unlink = (async (...args: Parameters<typeof fs.unlink>) => {
    if (!stick.readOnly) return fs.unlink(...args)
    throw Object.assign(new Error('EROFS: read-only file system, unlink'), { code: 'EROFS' })
  }) as typeof fs.unlink
  return { ...fs, unlink, default: { ...fs, unlink } }
})

const OURS = '.3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp'
const FRESH = '.9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.tmp'
/** Names that are not a temp copy the kiosk writes: never ours to remove. */
const OTHERS = [
  '.notes.tmp',
  '.3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp.bak',
  'x.3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp',
  '3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp',
  '.3F2B6C1E-8A4D-4E7F-9B0A-1C2D3E4F5A6B.tmp',
  '.3f2b6c1e-8a4d-4e7f-9b0a.tmp',
  '账目.xlsx',
]
const HOUR_AGO = new Date(Date.now() - 3600_000)

let usb: string
let folder: string
let h: Harness
const b64 = (s: string) => Buffer.from(s).toString('base64')

beforeEach(async () => {
  stick.readOnly = false
  const base = tempDir('kiosk-stale-temps-')
  const root = join(base, 'media')
  usb = join(root, 'KINGSTON')
  folder = join(usb, '导出')
  mkdirSync(folder, { recursive: true })
  for (const name of [OURS, ...OTHERS]) {
    writeFileSync(join(folder, name), 'half')
    utimesSync(join(folder, name), HOUR_AGO, HOUR_AGO)
  }
  // A folder with a temp copy's name is not a file the kiosk wrote.
  mkdirSync(join(folder, '.0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d.tmp'))
  // Being written right now (another window's save): not stale.
  writeFileSync(join(folder, FRESH), 'being written')
  h = await harness('month', drivesHandlers({ root, exportDir: join(base, 'exports') }))
})

const present = () => readdirSync(folder).sort()
const expected = (...also: string[]) =>
  [...OTHERS, FRESH, '.0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d.tmp', ...also].sort()

describe('a temp copy a pulled stick kept', () => {
  it('is removed when its folder is browsed, and is not listed', async () => {
    const listing = await h.call('clerk', 'drives.browse', { path: folder })
    expect(listing.entries.map((e) => e.name).sort()).toEqual(
      [
        '3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp',
        'x.3f2b6c1e-8a4d-4e7f-9b0a-1c2d3e4f5a6b.tmp',
        '账目.xlsx',
      ].sort(),
    )
    expect(present()).toEqual(expected())
  })

  it('is removed when a file is saved into its folder', async () => {
    const r = await h.call('clerk', 'drives.write', {
      folder,
      fileName: '公开表.csv',
      bytesBase64: b64('本次导出'),
    })
    expect(r.path).toBe(join(folder, '公开表.csv'))
    expect(present()).toEqual(expected('公开表.csv'))
  })

  it('on a write-protected stick is left, and the folder is listed as usual', async () => {
    stick.readOnly = true
    const listing = await h.call('clerk', 'drives.browse', { path: folder })
    expect(listing.entries.map((e) => e.name)).toContain('账目.xlsx')
    expect(listing.entries.map((e) => e.name)).not.toContain(OURS)
    expect(present()).toEqual(expected(OURS))
  })
})
