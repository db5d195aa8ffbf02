/**
 * The disk refuses the console's work on a village (broken, full, read-only, not allowed): the
 * row says so in plain words, never a system code like "EIO" that only a technician can read.
 */
import type * as fsp from 'node:fs/promises'
import { join, sep } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

/** The code the archive file (opening it, or writing to it) or the village folder fails with. */
const fail = { archive: '', folder: '' }

const refused = (code: string) =>
  Object.assign(new Error(`${code}: refused`), { code, errno: -1, syscall: 'write' })

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  // A read-only disk or a folder not ours refuses the open; a broken or full one the write.
  const atOpen = new Set(['EROFS', 'EACCES', 'EPERM'])
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const code = String(args[0]).endsWith('.jsonl') ? fail.archive : ''
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

async function opened() {
  const root = await tempRoot()
  await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
  const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
  expect(o.problems.every((p) => !/\bE[A-Z]{2,}\b/.test(p.message))).toBe(true)
  return o.problems.map((p) => [p.folder, p.kind, p.message])
}

describe('a disk that refuses the console, said in plain words', () => {
  it.each([
    ['EIO', '磁盘写不进去，可能坏了'],
    ['ENOSPC', '磁盘满了'],
    ['EROFS', '磁盘是只读的，写不进去'],
    ['EACCES', '没有权限'],
    ['EPERM', '没有权限'],
  ])('an archive write refused with %s: %s', async (code, words) => {
    fail.archive = code
    expect(await opened()).toEqual([
      ['联盟村', 'unreadable', `这个村新收到的包没能存档（${words}），下次打开时再存`],
    ])
  })

  it.each([
    ['EIO', '磁盘出错，可能坏了'],
    ['EACCES', '没有权限'],
  ])('a village folder that cannot be read (%s): %s', async (code, words) => {
    fail.folder = code
    expect(await opened()).toEqual([
      ['联盟村', 'unreadable', `这个村的文件夹（联盟村）读不出来（${words}），其他村照常显示`],
    ])
  })
})
