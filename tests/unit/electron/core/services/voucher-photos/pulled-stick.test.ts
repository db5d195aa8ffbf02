/**
 * A stick pulled out while its photos are being read (a batch of 50 photos on a slow stick
 * takes seconds), or a row that is not a file: the clerk is told the stick is gone or what is
 * wrong, in Chinese, never "系统出错"; nothing is written and nothing attached.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { DRIVE_MSG } from '../../../../../../contract'
import type { Harness } from '../ledger-admin/harness'
import { jpeg, png } from '../attachments/samples'
import { photoKiosk } from './photo-kiosk'

/** Files whose stick is gone: the path still resolved a moment ago, every read now fails. */
const pulled = vi.hoisted(() => new Set<string>())
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const gone = (path: unknown) => {
    if (!pulled.has(String(path))) return
    throw Object.assign(new Error(`EIO: i/o error, '${String(path)}'`), { code: 'EIO' })
  }
  const wrap =
    <F extends (...args: never[]) => Promise<unknown>>(f: F) =>
    async (...args: Parameters<F>) => {
      gone(args[0])
      return f(...args)
    }
  const over = {
    stat: wrap(fs.stat),
    readFile: wrap(fs.readFile),
    open: wrap(fs.open),
  }
  return { ...fs, ...over, default: { ...fs, ...over } }
})

let dir: string
let folder: string
let h: Harness
let ids: string[]

beforeEach(async () => {
  pulled.clear()
  ;({ h, dir, folder, ids } = await photoKiosk('kiosk-pulled-'))
  mkdirSync(join(folder, '旧的'))
  writeFileSync(join(folder, '记-2026-10-001.jpg'), jpeg())
  writeFileSync(join(folder, '10-2.png'), png())
})

describe('a stick pulled out mid-read', () => {
  it('drives.read says the stick may be out', async () => {
    pulled.add(join(folder, '10-2.png'))
    await h.refused(
      'clerk',
      'drives.read',
      { path: join(folder, '10-2.png') },
      'NOT_FOUND',
      DRIVE_MSG.gone,
    )
  })

  it('a photo batch says the stick may be out; nothing is written or attached', async () => {
    pulled.add(join(folder, '10-2.png'))
    await h.refused(
      'clerk',
      'vouchers.photosCommit',
      {
        period: '2026-10',
        folder,
        assign: [
          { path: join(folder, '记-2026-10-001.jpg'), entryId: ids[0]! },
          { path: join(folder, '10-2.png'), entryId: ids[1]! },
        ],
      },
      'NOT_FOUND',
      DRIVE_MSG.gone,
    )
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(h.store.get('ledger', ids[0]!)!.attachments).toEqual([])
  })

  it('a folder in the batch is refused as not a file; nothing is written', async () => {
    await h.refused(
      'clerk',
      'vouchers.photosCommit',
      {
        period: '2026-10',
        folder,
        assign: [{ path: join(folder, '旧的'), entryId: ids[0]! }],
      },
      'BAD_INPUT',
      DRIVE_MSG.notFile,
    )
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
  })
})
