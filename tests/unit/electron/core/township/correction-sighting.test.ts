/**
 * 近90天更正 by when the township first saw each correction, not only by the village's clock: a
 * village that set its clock back cannot date a correction out of the window.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** Package 3 a correction made (by the village's clock) on `day`. */
const history = (key: ReturnType<typeof newKey>, day: string) =>
  chain(key, 3, {
    correction: (seq) => seq === 3,
    at: (seq) => (seq === 3 ? `${day}T02:00:00.000Z` : '2026-11-20T00:00:00.000Z'),
  })

describe('corrections counted for 90 days', () => {
  it('a back-dated correction counts from the day the township first saw it', async () => {
    const root = await tempRoot()
    const key = newKey()
    const dir = join(root, 'in', '联盟村')
    const files = history(key, '2026-06-01')
    await put(dir, files.slice(0, 2))
    const open = (now: Date) => townshipOverview(join(root, 'in'), join(root, 'state'), now)
    expect((await open(NOW)).villages[0]).toMatchObject({ correctionsLast90: 0 })
    await put(dir, { '00000003.json': files[2]! })
    expect((await open(NOW)).villages[0]).toMatchObject({ ok: true, correctionsLast90: 1 })
    // Still counted while either date is within 90 days, and no longer after.
    expect((await open(new Date('2027-03-10T02:00:00.000Z'))).villages[0]).toMatchObject({
      correctionsLast90: 1,
    })
    expect((await open(new Date('2027-03-20T02:00:00.000Z'))).villages[0]).toMatchObject({
      correctionsLast90: 0,
    })
  })

  it('a village paired with old corrections in its history does not have them all counted anew', async () => {
    const root = await tempRoot()
    await put(join(root, 'in', '联盟村'), history(newKey(), '2026-06-01'))
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.villages[0]).toMatchObject({ ok: true, correctionsLast90: 0 })
  })
})
