/**
 * A start that fails once the records are open (here the demo village cannot be written) lets
 * go of the whole data folder, not only its lock: on Windows a file left open keeps the folder
 * busy, so the next start, or a restore then, would fail with EBUSY.
 */
import { existsSync } from 'node:fs'
import { readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { openCore, type Core } from '../../../../electron/core/core'
import type * as demo from '../../../../electron/core/demo/generate'
import type * as storeModule from '../../../../electron/core/store'
import type { Store } from '../../../../electron/core/store'
import { tempDir } from '../../temp-dir'

/** Whether the demo village fails to load, and each store opened with how often it was closed. */
const seen = vi.hoisted(() => ({
  demoFails: false,
  stores: [] as { store: Store; closed: number }[],
}))

vi.mock('../../../../electron/core/demo/generate', async (importOriginal) => {
  const real = await importOriginal<typeof demo>()
  const loadDemoVillage: typeof real.loadDemoVillage = async (...args) => {
    if (seen.demoFails) throw new Error('EIO: i/o error, write')
    return real.loadDemoVillage(...args)
  }
  return { ...real, loadDemoVillage }
})

vi.mock('../../../../electron/core/store', async (importOriginal) => {
  const real = await importOriginal<typeof storeModule>()
  const openStore: typeof real.openStore = async (...args) => {
    const store = await real.openStore(...args)
    const opened = { store, closed: 0 }
    seen.stores.push(opened)
    const close = store.close.bind(store)
    store.close = async () => {
      opened.closed++
      await close()
    }
    return store
  }
  return { ...real, openStore }
})

const cores: Core[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  seen.demoFails = false
  seen.stores.length = 0
})

const NOW = new Date('2026-12-07T02:00:00Z')

/** The files under `dir` this process still holds open (Linux: /proc/self/fd). */
async function heldIn(dir: string): Promise<string[]> {
  const held: string[] = []
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(join('/proc/self/fd', fd)).catch(() => '')
    if (target.startsWith(`${dir}/`)) held.push(target)
  }
  return held
}

it('a start that fails after the records were opened closes them, and the folder opens again', async () => {
  const dir = tempDir('kiosk-open-fails-')
  seen.demoFails = true
  await expect(openCore({ dir, now: () => NOW, demo: true })).rejects.toThrow('EIO')

  expect(seen.stores.map((s) => s.closed)).toEqual([1])
  // Where the system shows it (Linux): no file of the folder is still open, the journal neither.
  if (existsSync('/proc/self/fd')) expect(await heldIn(dir)).toEqual([])

  seen.demoFails = false
  const core = await openCore({ dir, now: () => NOW })
  cores.push(core)
  expect(core.store.head().seq).toBe(0)
})
