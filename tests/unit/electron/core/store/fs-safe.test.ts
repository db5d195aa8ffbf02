import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const failures: string[] = []
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  return {
    ...real,
    rename: vi.fn(async (from: string, to: string) => {
      const code = failures.shift()
      if (code) throw Object.assign(new Error(code), { code })
      return real.rename(from, to)
    }),
  }
})

const { writeFileDurable, renameWithRetry } =
  await import('../../../../../electron/core/store/fs-safe')

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fs-safe-'))
  failures.length = 0
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('writeFileDurable', () => {
  it('outlasts a file briefly locked by antivirus (EPERM, EBUSY) on rename', async () => {
    const path = join(dir, 'a.json')
    failures.push('EPERM', 'EBUSY', 'EACCES')
    await writeFileDurable(path, '{"v":1}')
    expect(await readFile(path, 'utf8')).toBe('{"v":1}')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('gives up on other errors at once', async () => {
    failures.push('ENOSPC')
    await expect(renameWithRetry(join(dir, 'x'), join(dir, 'y'))).rejects.toMatchObject({
      code: 'ENOSPC',
    })
  })

  it('gives up after the retries run out', async () => {
    failures.push(...Array<string>(10).fill('EPERM'))
    await expect(renameWithRetry(join(dir, 'x'), join(dir, 'y'))).rejects.toMatchObject({
      code: 'EPERM',
    })
  })

  it('keeps the requested number of previous versions, newest first', async () => {
    const path = join(dir, 'a.json')
    for (let v = 1; v <= 4; v++) await writeFileDurable(path, `{"v":${v}}`, { generations: 2 })
    expect((await readdir(dir)).sort()).toEqual(['a.1.json', 'a.2.json', 'a.json'])
    expect(await readFile(join(dir, 'a.1.json'), 'utf8')).toBe('{"v":3}')
    expect(await readFile(join(dir, 'a.2.json'), 'utf8')).toBe('{"v":2}')
  })
})
