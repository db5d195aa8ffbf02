/**
 * The signing key is made once and every package is signed with it: a power cut just after it is
 * made must not leave an empty key file (its bytes never reached the disk) or no file at all (its
 * name never did). Its bytes are synced before the rename, and its folder after.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { KEY_FILE, loadOrCreateKey } from '../../../../../electron/core/township/keys'

const events: string[] = []
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  // Every sync goes through a handle: a file's bytes, or a folder's names (fsyncDir opens it).
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    const sync = async () => {
      events.push(`sync ${String(args[0])}`)
      await handle.sync()
    }
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'sync') return sync
        const value: unknown = Reflect.get(target, key)
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value
      },
    })
  }) as typeof real.open
  const rename: typeof real.rename = async (from, to) => {
    events.push(`rename ${String(from)} ${String(to)}`)
    await real.rename(from, to)
  }
  return { ...real, default: { ...real, open, rename }, open, rename }
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'township-key-durable-'))
  events.length = 0
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('the new key is synced, then renamed into place, then its folder synced', async () => {
  const keyDir = join(dir, 'signing')
  await loadOrCreateKey(keyDir)
  const file = join(keyDir, KEY_FILE)
  const tmp = `${file}.${process.pid}.tmp`
  expect(events).toEqual([
    `sync ${tmp}`,
    `rename ${tmp} ${file}`,
    `sync ${keyDir}`,
    // The key folder is new too: its own name is in the folder above.
    `sync ${dir}`,
  ])
})
