import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../../contract'
import { drivesHandlers } from '../../../../../../electron/core/services/drives'
import { harness, type Harness } from '../ledger-admin/harness'
import { tempDir } from '../../../../temp-dir'

let base: string
let usb: string
let exportDir: string
let h: Harness
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')

beforeEach(async () => {
  base = tempDir('kiosk-drives-')
  const root = join(base, 'media')
  usb = join(root, 'KINGSTON')
  exportDir = join(base, 'exports')
  mkdirSync(join(usb, '凭证', '九月'), { recursive: true })
  writeFileSync(join(usb, '凭证', '记001.jpg'), 'photo')
  writeFileSync(join(usb, '凭证', 'IMG_0001.HEIC'), 'heic')
  writeFileSync(join(usb, '账目.xlsx'), 'sheet')
  writeFileSync(join(usb, '.hidden'), 'x')
  writeFileSync(join(base, 'secret.txt'), 'not on the stick')
  h = await harness('month', drivesHandlers({ root, exportDir }))
})

describe('drives.list', () => {
  it('offers each mounted drive and the fixed export folder, to cadres only', async () => {
    const { drives } = await h.call('clerk', 'drives.list', {})
    expect(drives).toEqual([
      { path: usb, label: 'KINGSTON', kind: 'usb' },
      { path: exportDir, label: '本机导出文件夹', kind: 'export' },
    ])
    await h.refused('public', 'drives.list', {}, 'UNAUTHENTICATED')
  })
})

describe('drives.browse', () => {
  it('lists folders first, then files with their kind, hiding dot files', async () => {
    const top = await h.call('clerk', 'drives.browse', { path: usb })
    expect(top).toMatchObject({ trail: ['KINGSTON'], parent: null, more: 0 })
    expect(top.entries.map((e) => [e.name, e.kind])).toEqual([
      ['凭证', 'folder'],
      ['账目.xlsx', 'sheet'],
    ])
    const sub = await h.call('clerk', 'drives.browse', { path: top.entries[0]!.path })
    expect(sub.trail).toEqual(['KINGSTON', '凭证'])
    expect(sub.parent).toBe(usb)
    expect(sub.entries.map((e) => [e.name, e.kind, e.bytes])).toEqual([
      ['九月', 'folder', 0],
      ['记001.jpg', 'image', 5],
      ['IMG_0001.HEIC', 'heic', 4],
    ])
  })

  it('refuses .. out of the drive, absolute paths elsewhere and relative paths', async () => {
    for (const path of [join(usb, '..', '..'), join(usb, '..', '..', 'secret.txt'), '/etc', 'x']) {
      const call = path.endsWith('.txt') ? 'drives.read' : 'drives.browse'
      await h.refused(
        'clerk',
        call,
        { path },
        path === 'x' ? 'BAD_INPUT' : 'FORBIDDEN',
        DRIVE_MSG.outside,
      )
    }
  })

  it('follows a symlink only to see where it really goes: out of the drive is refused', async () => {
    symlinkSync(base, join(usb, '捷径'))
    symlinkSync(join(base, 'secret.txt'), join(usb, '照片.jpg'))
    const top = await h.call('clerk', 'drives.browse', { path: usb })
    expect(top.entries.map((e) => e.name)).not.toContain('捷径')
    expect(top.entries.map((e) => e.name)).not.toContain('照片.jpg')
    await h.refused('clerk', 'drives.browse', { path: join(usb, '捷径') }, 'FORBIDDEN')
    await h.refused('clerk', 'drives.read', { path: join(usb, '照片.jpg') }, 'FORBIDDEN')
  })

  it('says a pulled-out stick is gone, in Chinese', async () => {
    await h.refused(
      'clerk',
      'drives.browse',
      { path: join(usb, '没有') },
      'NOT_FOUND',
      DRIVE_MSG.gone,
    )
  })
})

describe('drives.read', () => {
  it('returns a picked file as name + bytes, and refuses a file over 10 MB unread', async () => {
    const f = await h.call('sup', 'drives.read', { path: join(usb, '凭证', '记001.jpg') })
    expect(f).toEqual({ name: '记001.jpg', bytes: 5, bytesBase64: b64('photo') })
    writeFileSync(join(usb, 'big.jpg'), Buffer.alloc(10 * 1024 * 1024 + 1))
    await h.refused(
      'clerk',
      'drives.read',
      { path: join(usb, 'big.jpg') },
      'BAD_INPUT',
      DRIVE_MSG.tooBig,
    )
    await h.refused('clerk', 'drives.read', { path: usb }, 'BAD_INPUT', DRIVE_MSG.notFile)
  })
})

describe('a file named with an ID number', () => {
  it('is browsed and read by a cadre like any other (its name is masked when stored)', async () => {
    writeFileSync(join(usb, '凭证', '110101199003078888.jpg'), 'photo')
    const sub = await h.call('clerk', 'drives.browse', { path: join(usb, '凭证') })
    const row = sub.entries.find((e) => e.name.startsWith('1101'))!
    expect((await h.call('clerk', 'drives.read', { path: row.path })).bytes).toBe(5)
  })
})

describe('drives.write', () => {
  it('saves into the picked folder, keeps an older file of the same name, leaves no temp file', async () => {
    const folder = join(usb, '凭证')
    const first = await h.call('clerk', 'drives.write', {
      folder,
      fileName: '公开表.csv',
      bytesBase64: b64('一'),
    })
    const second = await h.call('admin', 'drives.write', {
      folder,
      fileName: '公开表.csv',
      bytesBase64: b64('二'),
    })
    expect(first.path).toBe(join(folder, '公开表.csv'))
    expect(second.path).toBe(join(folder, '公开表 (2).csv'))
    expect(readFileSync(first.path, 'utf8')).toBe('一')
    expect(readFileSync(second.path, 'utf8')).toBe('二')
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('says plainly when a folder already holds 999 copies of the name, and writes nothing', async () => {
    const folder = join(usb, '凭证', '九月')
    writeFileSync(join(folder, '公开表.csv'), 'old')
    for (let n = 2; n < 1000; n++) writeFileSync(join(folder, `公开表 (${n}).csv`), 'old')
    const before = readdirSync(folder).sort()
    const err = await h.refused(
      'clerk',
      'drives.write',
      {
        folder,
        fileName: '公开表.csv',
        bytesBase64: b64('新'),
      },
      'CONFLICT',
    )
    expect(err.message).toBe(DRIVE_MSG.tooManyCopies)
    expect(err.message).not.toContain('文件名不对')
    expect(readdirSync(folder).sort()).toEqual(before)
  })

  it('creates the export folder when it is first used', async () => {
    const r = await h.call('clerk', 'drives.write', {
      folder: exportDir,
      fileName: 'a.pdf',
      bytesBase64: b64('%PDF'),
    })
    expect(readFileSync(r.path, 'utf8')).toBe('%PDF')
  })

  it('refuses a folder outside the drives and a name that climbs out', async () => {
    await h.refused(
      'clerk',
      'drives.write',
      { folder: base, fileName: 'a.csv', bytesBase64: b64('x') },
      'FORBIDDEN',
    )
    await h.refused(
      'clerk',
      'drives.write',
      { folder: usb, fileName: '../a.csv', bytesBase64: b64('x') },
      'BAD_INPUT',
    )
    await h.refused(
      'public',
      'drives.write',
      { folder: usb, fileName: 'a.csv', bytesBase64: b64('x') },
      'UNAUTHENTICATED',
    )
    expect(readdirSync(base).sort()).toEqual(['media', 'secret.txt'])
  })

  it('keeps every copy when one export is saved several times at once (a double tap)', async () => {
    const fileName = '东台村-2026年-账目.csv'
    const bodies = ['第一份', '第二份', '第三份']
    const saves = await Promise.all(
      bodies.map((text) =>
        h.call('clerk', 'drives.write', { folder: usb, fileName, bytesBase64: b64(text) }),
      ),
    )
    expect(new Set(saves.map((s) => s.path)).size).toBe(3)
    const names = readdirSync(usb).filter((n) => n.startsWith('东台村'))
    expect(names.map((n) => readFileSync(join(usb, n), 'utf8')).sort()).toEqual([...bodies].sort())
  })

  it.each(['NUL.csv', 'con', 'COM1.xlsx', 'lpt1.pdf', '账目.csv.', '账目.csv '])(
    'refuses %j: a Windows device, or a name Windows would change',
    async (fileName) => {
      const before = readdirSync(usb).sort()
      await h.refused(
        'clerk',
        'drives.write',
        { folder: usb, fileName, bytesBase64: b64('x') },
        'BAD_INPUT',
        `输入有误：${DRIVE_MSG.badName}`,
      )
      expect(readdirSync(usb).sort()).toEqual(before)
    },
  )
})
