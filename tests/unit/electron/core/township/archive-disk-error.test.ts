/**
 * The disk refuses the console's work on a village (broken, full, read-only, not allowed): the
 * row says so in plain words, never a system code like "EIO" that only a technician can read.
 */
import type * as fsp from 'node:fs/promises'
import { join, sep } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

/** The code 联盟村's archive file (opening it, or writing to it) or its folder fails with. */
const fail = { archive: '', folder: '' }

const refused = (code: string) =>
  Object.assign(new Error(`${code}: refused`), { code, errno: -1, syscall: 'write' })

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  // A read-only disk, a folder not ours, a name in the way, a drive pulled out or too many open
  // files refuse the open; a broken or full one the write.
  const atOpen = new Set(['EROFS', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOENT', 'EMFILE'])
  atOpen.add('ENFILE').add('EBUSY').add('ENAMETOOLONG').add('EWHATEVER')
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const code = String(args[0]).endsWith('联盟村.jsonl') ? fail.archive : ''
    if (code && atOpen.has(code)) throw refused(code)
    const handle = await real.open(...args)
    if (!code) return handle
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writev' || prop === 'write') return () => Promise.reject(refused(code))
        const v = Reflect.get(target, prop, target) as unknown
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
      },
    })
  }) as typeof real.open
  const readdir = ((path: string, ...rest: unknown[]) => {
    if (fail.folder && String(path).endsWith(`${sep}联盟村`))
      return Promise.reject(refused(fail.folder))
    return (real.readdir as (...a: unknown[]) => Promise<unknown>)(path, ...rest)
  }) as typeof real.readdir
  return { ...real, default: { ...real, open, readdir }, open, readdir }
})

afterEach(() => {
  fail.archive = ''
  fail.folder = ''
})

const NOW = new Date('2026-12-12T02:00:00.000Z')

async function opened(code = '') {
  const root = await tempRoot()
  await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
  await put(join(root, 'in', '甲村'), chain(newKey(), 1, { name: '甲村' }))
  const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
  // No system code but the one not known, said as a code in brackets and nowhere else.
  const plain = (m: string) => (code ? m.replace(`（代码 ${code}）`, '') : m)
  expect(o.problems.every((p) => !/[A-Z]{2,}/.test(plain(p.message)))).toBe(true)
  // The other village is shown as ever.
  expect(o.villages.map((r) => [r.folder, r.ok])).toContainEqual(['甲村', true])
  // The village with the problem stays listed, its row marked: unreadable when its folder is.
  expect(o.villages.map((r) => [r.folder, r.ok, r.unreadable])).toContainEqual([
    '联盟村',
    false,
    fail.folder !== '',
  ])
  return o.problems.map((p) => [p.folder, p.kind, p.message])
}

describe('a disk that refuses the console, said in plain words', () => {
  it.each([
    ['EIO', '磁盘写不进去，可能坏了'],
    ['ENOSPC', '磁盘满了'],
    ['EROFS', '磁盘是只读的，写不进去'],
    ['EACCES', '没有权限'],
    ['EPERM', '没有权限'],
    ['EISDIR', '存档文件的位置被一个同名的文件夹占了'],
    ['ENOTDIR', '存档文件夹的位置被一个同名的文件占了'],
    ['ENOENT', '存档文件夹不见了（被删除，或磁盘被拔出）'],
    ['EMFILE', '同时打开的文件太多'],
    ['ENFILE', '同时打开的文件太多'],
    ['EBUSY', '文件正被别的程序占用（例如杀毒软件）'],
    ['ENAMETOOLONG', '文件夹名字太长'],
  ])('an archive write refused with %s: %s', async (code, words) => {
    fail.archive = code
    expect(await opened()).toEqual([
      ['联盟村', 'unreadable', `这个村新收到的包没能存档（${words}），下次打开时再存`],
    ])
  })

  it.each([
    ['EIO', '磁盘出错，可能坏了'],
    ['EACCES', '没有权限'],
    ['ENOENT', '文件夹不见了（被移走，或U盘被拔出）'],
    ['ENOTDIR', '它不是文件夹，是一个文件'],
    ['EMFILE', '同时打开的文件太多'],
    ['ENFILE', '同时打开的文件太多'],
    ['EBUSY', '文件夹正被别的程序占用（例如杀毒软件）'],
    ['EPERM', '没有权限'],
    ['ENAMETOOLONG', '文件夹名字太长'],
  ])('a village folder that cannot be read (%s): %s', async (code, words) => {
    fail.folder = code
    expect(await opened()).toEqual([
      ['联盟村', 'unreadable', `这个村的文件夹（联盟村）读不出来（${words}），其他村照常显示`],
    ])
  })

  it('a code not known: said as another disk error, with the code in brackets only', async () => {
    fail.folder = 'EWHATEVER'
    expect(await opened('EWHATEVER')).toEqual([
      [
        '联盟村',
        'unreadable',
        '这个村的文件夹（联盟村）读不出来（磁盘出了别的错（代码 EWHATEVER），请技术人员查看），其他村照常显示',
      ],
    ])
    fail.folder = ''
    fail.archive = 'EWHATEVER'
    expect(await opened('EWHATEVER')).toEqual([
      [
        '联盟村',
        'unreadable',
        '这个村新收到的包没能存档（磁盘出了别的错（代码 EWHATEVER），请技术人员查看），下次打开时再存',
      ],
    ])
  })
})
