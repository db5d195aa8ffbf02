/**
 * A package file rewritten in the folder with a second version the village signed (a fork):
 * the first version the console saw is the evidence, so the row's figures stay its figures,
 * whatever is in the folder now, on every later open, and with the console's caches gone.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** Package 1 publishes October (¥300); package 2 November (¥700, or `novemberFen`). */
const history = (key: ReturnType<typeof newKey>, novemberFen = 70_000, salt?: string) =>
  chain(key, 2, {
    ...(salt ? { salt, saltFrom: 2 } : {}),
    records: (seq) =>
      seq === 1 ? [sheetRecord('2026-10', 30_000)] : [sheetRecord('2026-11', novemberFen)],
  })

describe('a package file replaced by a second signed version', () => {
  it('keeps the first version’s figures on the row, with the fork said', async () => {
    const root = await tempRoot()
    const key = newKey()
    const dir = join(root, 'in', '联盟村')
    await put(dir, history(key))
    const open = () => townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect((await open()).villages[0]).toMatchObject({ ok: true, expenseFen: 100_000 })
    // November is signed again (a restored backup, or a village taking back what it said) for
    // ¥10, linked to the same package 1, and put in the folder under package 2's own name.
    const second = history(key, 1_000, 'again')
    expect(second[0]!.equals(history(key)[0]!)).toBe(true)
    await put(dir, { '00000002.json': second[1]! })
    const forked = await open()
    expect(forked.problems.map((p) => [p.kind, p.seq])).toEqual([['fork', 2]])
    expect(forked.villages[0]).toMatchObject({
      ok: false,
      lastSeq: 2,
      lastPeriod: '2026-11',
      expenseFen: 100_000,
    })
    // The next open (the rewritten file now from the cache) and one with the caches dropped
    // (a cache version bump) read the same: the first version comes from the archive.
    expect((await open()).villages[0]).toMatchObject({ ok: false, expenseFen: 100_000 })
    await rm(join(root, 'state', 'files-4.json'))
    const again = await open()
    expect(again.villages[0]).toMatchObject({ ok: false, expenseFen: 100_000 })
    expect(again.problems.map((p) => [p.kind, p.seq])).toEqual([['fork', 2]])
  })

  it('keeps the first version when the rewrite comes with a later package linked to it', async () => {
    const root = await tempRoot()
    const key = newKey()
    const dir = join(root, 'in', '联盟村')
    await put(dir, history(key))
    const open = () => townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    await open()
    // The other history goes on: a package 3 on top of the second version of package 2.
    const other = chain(key, 3, {
      salt: 'again',
      saltFrom: 2,
      records: (seq) => [sheetRecord(`2026-${9 + seq}`, seq === 1 ? 30_000 : 1_000)],
    })
    await put(dir, { '00000002.json': other[1]!, '00000003.json': other[2]! })
    const o = await open()
    expect(o.problems.map((p) => [p.kind, p.seq])).toContainEqual(['fork', 2])
    // November stays at ¥700; December (only ever seen in the other history) is new, not a rewrite.
    expect(o.villages[0]).toMatchObject({ ok: false, expenseFen: 30_000 + 70_000 + 1_000 })
  })
})
