/**
 * The PIN pepper is made on first need and every PIN hash is made with it: a power cut just after
 * must not lose it, or no cadre could log in again. The secrets folder is new then, so its own
 * name in the folder above is synced too, not only the file's name in it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { Secrets } from '../../../../electron/core/secrets'

const synced: string[] = []
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  // Every sync goes through a handle: a file's bytes, or a folder's names (fsyncDir opens it).
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    const sync = async () => {
      synced.push(String(args[0]))
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
  return { ...real, default: { ...real, open }, open }
})

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'secrets-durable-'))
  synced.length = 0
})
afterEach(() => rm(root, { recursive: true, force: true }))

it('the first pepper is synced with the new secrets folder and the folder above it', async () => {
  const dir = join(root, 'data-secrets')
  await new Secrets(dir).peppers()
  expect(synced).toEqual([join(dir, '.pepper.json.tmp'), dir, root])
  // The folder is there now: a later write syncs only the file and its folder.
  synced.length = 0
  await new Secrets(dir).importPeppers([Buffer.alloc(32, 7)])
  expect(synced).toEqual([join(dir, '.pepper.json.tmp'), dir])
})
