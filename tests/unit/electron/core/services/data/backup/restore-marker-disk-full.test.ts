/**
 * The disk fills up as the restore writes its marker, after the whole backup was staged beside
 * the data (the staged copy is what filled it). Nothing was swapped: the restore is refused in
 * plain words and its own files (the staged copy, the half-written marker) are removed at once,
 * not left until the next start to keep the disk full and every save after failing.
 */
import { readdir } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eachDemoFolder } from './each-folder'
import { dataFilesOf } from './folder'

const full = { on: false, hit: 0 }

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    if (!full.on || !String(args[0]).endsWith('..restore-marker.json.tmp')) return handle
    full.hit++
    // The temp file is made and part of the marker lands in it; then the disk is full.
    const writeFile = async (data: string | Uint8Array) => {
      await handle.writeFile(String(data).slice(0, 20))
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'writeFile') return writeFile
        const value: unknown = Reflect.get(target, key)
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value
      },
    })
  }) as typeof real.open
  return { ...real, default: { ...real, open }, open }
})

const t = eachDemoFolder(null)

afterEach(() => {
  full.on = false
  full.hit = 0
})

describe('a disk that fills up while the restore writes its marker', () => {
  it('refuses in words, leaves neither the staged copy nor the marker behind', async () => {
    const made = await t.backup()
    const before = await dataFilesOf(t.f.dataDir)
    const names = await readdir(t.f.dataDir)
    const head = t.f.store().head()
    full.on = true
    await expect(t.restore(made.path)).rejects.toThrow(
      '恢复没有进行：U 盘或磁盘空间不足。现在的数据保持原样',
    )
    expect(full.hit).toBe(1) // the failure came at the marker, as meant
    expect(await readdir(t.f.dataDir)).toEqual(names)
    expect(await dataFilesOf(t.f.dataDir)).toEqual(before)
    expect(t.f.store().head()).toEqual(head)
  })
})
