/**
 * 全部添加 on an old kiosk PC: 200 phone photos of 10 MB each must not all sit in memory before
 * the first is written (2 GB). Each photo read from the stick is on the kiosk's own disk before
 * the next is read, and the batch stays all or nothing: a refusal after many photos were read
 * leaves the data folder as it was, and nothing is attached.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as DriveFiles from '../../../../../../electron/core/services/drives/files'
import { HEIC_REFUSAL } from '../../../../../../contract'
import type { Harness } from '../ledger-admin/harness'
import { jpeg } from '../attachments/samples'
import { photoKiosk } from './photo-kiosk'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/**
 * Each read of a photo from the stick, and at that moment how many photos read before it were
 * still nowhere on the kiosk's disk (held only in memory).
 */
const watch = vi.hoisted(() => ({
  dataDir: '',
  read: [] as string[],
  heldAtRead: [] as number[],
}))

/** The sha256 of every file under `root` (temp and hidden files too). */
function onDisk(root: string): Set<string> {
  const out = new Set<string>()
  if (!existsSync(root)) return out
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.add(sha(readFileSync(join(e.parentPath, e.name))))
  }
  return out
}

vi.mock('../../../../../../electron/core/services/drives/files', async (importOriginal) => {
  const files = await importOriginal<typeof DriveFiles>()
  const readOnDrive: typeof files.readOnDrive = async (real, max) => {
    const stored = onDisk(watch.dataDir)
    watch.heldAtRead.push(watch.read.filter((s) => !stored.has(s)).length)
    const got = await files.readOnDrive(real, max)
    if (got.bytes) watch.read.push(sha(got.bytes))
    return got
  }
  return { ...files, readOnDrive }
})

let dir: string
let folder: string
let h: Harness
let ids: string[]
const PHOTOS = 12

beforeEach(async () => {
  ;({ h, dir, folder, ids } = await photoKiosk('kiosk-photos-one-'))
  for (let i = 1; i <= PHOTOS; i++) writeFileSync(join(folder, `IMG_${i}.jpg`), jpeg(100 + i, 80))
  Object.assign(watch, { dataDir: dir, read: [], heldAtRead: [] })
})

const assign = (names: string[]) =>
  names.map((n, i) => ({ path: join(folder, n), entryId: ids[i % ids.length]! }))

/** What the data folder holds besides the store's own documents (none here: a test store). */
const listing = (at: string): string[] => (existsSync(at) ? readdirSync(at).sort() : [])

const photoNames = Array.from({ length: PHOTOS }, (_, i) => `IMG_${i + 1}.jpg`)

describe('全部添加 of many photos', () => {
  it('has each photo on the kiosk’s disk before the next is read, and attaches them all', async () => {
    const r = await h.call('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: assign(photoNames),
    })
    expect(r).toEqual({ attached: PHOTOS, lines: 3 })
    expect(watch.read).toHaveLength(PHOTOS)
    expect(Math.max(...watch.heldAtRead)).toBeLessThanOrEqual(1)
    const attached = ids.flatMap((id) => h.store.get('ledger', id)!.attachments)
    expect(attached.sort()).toEqual(
      photoNames.map((_, i) => `${sha(jpeg(101 + i, 80))}.jpg`).sort(),
    )
    // Only the photos themselves are left in the data folder: no copy on the side.
    expect(readdirSync(join(dir, 'attachments')).sort()).toEqual(attached.sort())
    expect(listing(dir)).toEqual(['attachments'])
  })

  it('refused at the last photo: the ones read before are gone from the disk, nothing attached', async () => {
    writeFileSync(
      join(folder, 'IMG_99.jpg'),
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)]),
    )
    await h.refused(
      'clerk',
      'vouchers.photosCommit',
      { period: '2026-10', folder, assign: assign([...photoNames, 'IMG_99.jpg']) },
      'BAD_INPUT',
      `“IMG_99.jpg”：${HEIC_REFUSAL}`,
    )
    expect(watch.read.length).toBeGreaterThanOrEqual(PHOTOS)
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(listing(dir)).toEqual([])
    for (const s of watch.read) expect(onDisk(dir).has(s)).toBe(false)
    for (const id of ids) expect(h.store.get('ledger', id)!.attachments).toEqual([])
  })
})
