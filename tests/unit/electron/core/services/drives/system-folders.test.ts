/**
 * What Windows leaves on every stick: System Volume Information and $RECYCLE.BIN (hidden there,
 * but not by a leading dot), Thumbs.db and desktop.ini beside the photos. A cadre never sees
 * them, so never taps one and reads "系统出错"; a photo batch does not list them as refused
 * files. A folder the system will not open says so in Chinese.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { DRIVE_MSG } from '../../../../../../contract'
import { drivesHandlers } from '../../../../../../electron/core/services/drives'
import { harness, type Harness } from '../ledger-admin/harness'
import { tempDir } from '../../../../temp-dir'

/** Folders the system refuses to list (Windows: System Volume Information for a user). */
const locked = vi.hoisted(() => new Set<string>())
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const readdir = (async (path: string, ...rest: []) => {
    if (locked.has(String(path))) {
      throw Object.assign(new Error(`EPERM: operation not permitted, scandir '${path}'`), {
        code: 'EPERM',
      })
    }
    return fs.readdir(path, ...rest)
  }) as typeof fs.readdir
  return { ...fs, readdir, default: { ...fs, readdir } }
})

let usb: string
let h: Harness

beforeEach(async () => {
  locked.clear()
  const root = join(tempDir('kiosk-sysfolders-'), 'media')
  usb = join(root, 'KINGSTON')
  for (const f of ['System Volume Information', '$RECYCLE.BIN', 'RECYCLER', '凭证']) {
    mkdirSync(join(usb, f), { recursive: true })
  }
  for (const f of ['Thumbs.db', 'desktop.ini', 'DESKTOP.INI', '记001.jpg']) {
    writeFileSync(join(usb, '凭证', f), 'x')
  }
  h = await harness('month', drivesHandlers({ root, exportDir: join(root, '..', 'export') }))
})

describe('what Windows leaves on a stick', () => {
  it('is not listed, at the top or beside the photos', async () => {
    const top = await h.call('clerk', 'drives.browse', { path: usb })
    expect(top.entries.map((e) => e.name)).toEqual(['凭证'])
    const sub = await h.call('clerk', 'drives.browse', { path: join(usb, '凭证') })
    expect(sub.entries.map((e) => e.name)).toEqual(['记001.jpg'])
  })

  it('a folder the system will not open says so in Chinese', async () => {
    locked.add(join(usb, '凭证'))
    await h.refused(
      'clerk',
      'drives.browse',
      { path: join(usb, '凭证') },
      'BAD_INPUT',
      DRIVE_MSG.unreadable,
    )
  })
})
