/**
 * The data disk fills up while a restore writes its staged copy (the check of free space
 * passed, then photos or an automatic backup took the room). The restore is refused in plain
 * words and the half-written copy is removed at once: left until the next start, it would
 * keep the disk full and every save after would fail.
 */
import { readdir } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eachDemoFolder } from './each-folder'
import { dataFilesOf } from './folder'

const full = { on: false, written: 0 }

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    // The staged copy (.restore-<time>), not the trial open (.restore-check-<time>).
    if (full.on && /[\\/]\.restore-(?!check)/.test(String(args[0])) && full.written++ >= 2) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
      })
    }
    return real.open(...args)
  }) as typeof real.open
  return { ...real, default: { ...real, open }, open }
})

const t = eachDemoFolder(null)

afterEach(() => {
  full.on = false
  full.written = 0
})

describe('a disk that fills up while the restore stages its files', () => {
  it('refuses in words, leaves no staged copy behind, and changes nothing', async () => {
    const made = await t.backup()
    const before = await dataFilesOf(t.f.dataDir)
    const head = t.f.store().head()
    full.on = true
    await expect(t.restore(made.path)).rejects.toThrow(
      '恢复没有进行：U 盘或磁盘空间不足。现在的数据保持原样',
    )
    expect(full.written).toBeGreaterThan(2) // the failure came while staging, as meant
    expect((await readdir(t.f.dataDir)).filter((n) => n.startsWith('.restore'))).toEqual([])
    expect(await dataFilesOf(t.f.dataDir)).toEqual(before)
    expect(t.f.store().head()).toEqual(head)
  })
})
