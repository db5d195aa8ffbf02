/**
 * A folder of junk files (each under the 64 MB cap, none a package) must not all be held in
 * memory at once: a hundred of them would be gigabytes on a township office PC.
 */
import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import type * as PackageFormat from '../../../../../electron/core/township/package-format'
import { put, tempRoot } from './linked-chain'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** The most buffer memory in use as each file is opened (after a collection). */
let peak = 0
vi.mock('../../../../../electron/core/township/package-format', async (load) => {
  const real = await load<typeof PackageFormat>()
  return {
    ...real,
    openPackage: (...args: Parameters<typeof real.openPackage>) => {
      gc()
      peak = Math.max(peak, process.memoryUsage().arrayBuffers)
      return real.openPackage(...args)
    },
  }
})

it('junk files in a folder are let go one by one, not held until the folder is done', async () => {
  const root = await tempRoot()
  const MB = 2 ** 20
  const dir = join(root, 'in', '乙村')
  await put(dir, {})
  for (let i = 0; i < 16; i++) {
    const file = join(dir, `junk-${String(i).padStart(2, '0')}.json`)
    await writeFile(file, '')
    await truncate(file, 6 * MB)
  }
  gc()
  const base = process.memoryUsage().arrayBuffers
  const o = await townshipOverview(join(root, 'in'), join(root, 'state'), new Date())
  expect(o.problems.filter((p) => p.folder === '乙村')).toHaveLength(16)
  // Two files' worth at most (the one being read, one not yet collected), never all sixteen.
  expect((peak - base) / MB).toBeLessThan(3 * 6)
})
