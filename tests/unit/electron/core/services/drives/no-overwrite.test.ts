/**
 * A file of the export's name that appears in the folder while the export is being written (a
 * second kiosk window, the township's copy tool, a cadre's own save on the same stick) is kept:
 * the export takes the next free name instead of replacing it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FsPromises from 'node:fs/promises'
import { drivesHandlers } from '../../../../../../electron/core/services/drives'
import { harness, type Harness } from '../ledger-admin/harness'
import { tempDir } from '../../../../temp-dir'

/** Files another program saves into the folder as soon as the kiosk starts writing there. */
const meanwhile = vi.hoisted(() => ({
  files: [] as Array<{ path: string; text: string }>,
  /** A FAT32 or exFAT stick: no hard links there. */
  noLinks: false,
}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const { writeFileSync: put } = await import('node:fs')
  const open = (async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args)
    if (/^\..+\.tmp$/.test(String(args[0]).split(/[\\/]/).pop() ?? '')) {
      for (const f of meanwhile.files.splice(0)) put(f.path, f.text)
    }
    return handle
  }) as typeof fs.open
  const link = (async (...args: Parameters<typeof fs.link>) => {
    if (!meanwhile.noLinks) return fs.link(...args)
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })
  }) as typeof fs.link
  return { ...fs, open, link, default: { ...fs, open, link } }
})

let usb: string
let h: Harness
const b64 = (s: string) => Buffer.from(s).toString('base64')

beforeEach(async () => {
  const base = tempDir('kiosk-no-overwrite-')
  const root = join(base, 'media')
  usb = join(root, 'KINGSTON')
  mkdirSync(usb, { recursive: true })
  h = await harness('month', drivesHandlers({ root, exportDir: join(base, 'exports') }))
  meanwhile.files = []
})

describe.each([
  ['a stick with hard links', false],
  ['a FAT32 stick (no hard links)', true],
])('on %s', (_, noLinks) => {
  beforeEach(() => {
    meanwhile.noLinks = noLinks
  })

  it('keeps a file of the same name saved meanwhile, and takes the next free name', async () => {
    writeFileSync(join(usb, '公开表.csv'), '旧的')
    meanwhile.files.push({ path: join(usb, '公开表 (2).csv'), text: '别人刚存的' })
    const r = await h.call('clerk', 'drives.write', {
      folder: usb,
      fileName: '公开表.csv',
      bytesBase64: b64('本次导出'),
    })
    expect(readFileSync(join(usb, '公开表.csv'), 'utf8')).toBe('旧的')
    expect(readFileSync(join(usb, '公开表 (2).csv'), 'utf8')).toBe('别人刚存的')
    expect(basename(r.path)).toBe('公开表 (3).csv')
    expect(readFileSync(r.path, 'utf8')).toBe('本次导出')
    expect(readdirSync(usb).sort()).toEqual(['公开表 (2).csv', '公开表 (3).csv', '公开表.csv'])
  })

  it('keeps a file saved meanwhile under the very name asked for', async () => {
    meanwhile.files.push({ path: join(usb, '账目.xlsx'), text: '别人刚存的' })
    const r = await h.call('clerk', 'drives.write', {
      folder: usb,
      fileName: '账目.xlsx',
      bytesBase64: b64('本次导出'),
    })
    expect(readFileSync(join(usb, '账目.xlsx'), 'utf8')).toBe('别人刚存的')
    expect(basename(r.path)).toBe('账目 (2).xlsx')
    expect(readFileSync(r.path, 'utf8')).toBe('本次导出')
    expect(readdirSync(usb).sort()).toEqual(['账目 (2).xlsx', '账目.xlsx'])
  })
})
