/**
 * A village none of whose files can be read (every package damaged, or its folder not ours to
 * read) stays in the list, its row marked as unreadable rather than as a village that merely has
 * no sheet yet: the clerk sees a village missing from the figures, not one quietly gone.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

it('every file unreadable: listed and said unreadable; an empty folder is not', async () => {
  const root = await tempRoot()
  const inbox = join(root, 'in')
  await put(join(inbox, '甲村'), chain(newKey(), 1, { name: '甲村' }))
  await mkdir(join(inbox, '乙村'))
  await writeFile(join(inbox, '乙村', '00000001.json'), 'junk')
  await writeFile(join(inbox, '乙村', '00000002.json'), '{"seq":2}')
  await mkdir(join(inbox, '丙村'))
  const o = await townshipOverview(inbox, join(root, 'state'), NOW)
  const rows = o.villages.map((r) => [r.folder, r.ok, r.packages, r.unreadable])
  expect(rows).toEqual([
    ['乙村', false, 2, true],
    ['丙村', true, 0, false],
    ['甲村', true, 1, false],
  ])
})
