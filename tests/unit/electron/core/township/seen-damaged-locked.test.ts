/**
 * A damaged seen.json the system will not move aside (a Windows lock, an antivirus scan holding
 * it) is still kept as it was, copied, before the rebuilt one is written over it: it is the
 * evidence of what was there, and the red box says where it is.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { basename, join } from 'node:path'
import { expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const rename: typeof real.rename = async (from, to) => {
    // seen.json itself cannot be moved; writes through a temp file still land.
    if (basename(String(from)) === 'seen.json') {
      throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' })
    }
    await real.rename(from, to)
  }
  return { ...real, default: { ...real, rename }, rename }
})

const NOW = new Date('2026-12-12T02:00:00.000Z')
const DAMAGED = '{"联盟村":{"1":"ab'

it('a damaged seen.json that cannot be moved is copied aside whole, and the notice names the copy', async () => {
  const root = await tempRoot()
  const state = join(root, 'state')
  await put(
    join(root, 'in', '联盟村'),
    chain(newKey(), 3, { records: (seq) => [sheetRecord(`2026-0${seq + 6}`, 100)] }),
  )
  const open = () => townshipOverview(join(root, 'in'), state, NOW)
  expect((await open()).problems).toEqual([])
  await writeFile(join(state, 'seen.json'), DAMAGED)

  const notices = (await open()).problems.filter((p) => p.folder === '')
  expect(notices).toHaveLength(1)
  const kept = (await readdir(state)).filter((f) => f.startsWith('seen-damaged-'))
  expect(kept).toHaveLength(1)
  expect(await readFile(join(state, kept[0]!), 'utf8')).toBe(DAMAGED)
  expect(notices[0]!.message).toContain(`township/${kept[0]}`)
  // The rebuilt record is whole again, and knows the village.
  const seen = JSON.parse(await readFile(join(state, 'seen.json'), 'utf8')) as object
  expect(JSON.stringify(seen)).toContain('联盟村')
})
