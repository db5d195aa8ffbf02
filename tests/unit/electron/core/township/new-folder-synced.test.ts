/**
 * The console's own folders are made the first time a village's packages arrive: township/ in
 * the data folder, and township/archive/ in it. Files inside are synced, but a new folder is
 * only there after a power cut once its own entry in the folder above is synced too; without
 * it a cut can take the whole archive, the evidence of what was first seen, with it.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import type * as fsSafe from '../../../../../electron/core/store/fs-safe'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

/** Each folder synced, and whether `watch` (the folder made in it) was there by then. */
const synced: Array<[string, boolean]> = []
const watch = new Map<string, string>()
vi.mock('../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  const fsyncDir: typeof real.fsyncDir = async (dir) => {
    const made = watch.get(dir)
    synced.push([dir, made ? existsSync(made) : false])
    await real.fsyncDir(dir)
  }
  return { ...real, fsyncDir }
})

const NOW = new Date('2026-12-12T02:00:00.000Z')

it('township/ and township/archive/, made now, have their entries synced once made', async () => {
  const root = await tempRoot()
  const state = join(root, 'data', 'township')
  await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
  await mkdir(join(root, 'data'))
  watch.set(join(root, 'data'), state)
  watch.set(state, join(state, 'archive'))
  const o = await townshipOverview(join(root, 'in'), state, NOW)
  expect(o.villages.map((r) => [r.folder, r.ok])).toEqual([['联盟村', true]])
  expect(synced).toContainEqual([join(root, 'data'), true])
  expect(synced).toContainEqual([state, true])
  // A later open makes no folder: nothing above them is synced again.
  synced.length = 0
  await townshipOverview(join(root, 'in'), state, NOW)
  expect(synced.filter(([dir]) => dir === join(root, 'data'))).toEqual([])
})
