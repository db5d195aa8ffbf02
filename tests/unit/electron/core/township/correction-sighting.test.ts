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

  it('a correction counts by the village calendar day (UTC+8): made at 07:00 on 5 September, it counts through 4 December', async () => {
    const root = await tempRoot()
    const files = chain(newKey(), 3, {
      correction: (seq) => seq === 3,
      // 2026年9月5日 07:00 in the village, still 4 September in UTC.
      at: (seq) => (seq === 3 ? '2026-09-04T23:00:00.000Z' : '2026-08-20T00:00:00.000Z'),
    })
    await put(join(root, 'in', '联盟村'), files)
    const open = (now: string) =>
      townshipOverview(join(root, 'in'), join(root, 'state'), new Date(now))
    // 2026年12月4日 10:00 in the village: 90 days after 5 September.
    expect((await open('2026-12-04T02:00:00.000Z')).villages[0]).toMatchObject({
      ok: true,
      correctionsLast90: 1,
    })
    expect((await open('2026-12-05T02:00:00.000Z')).villages[0]).toMatchObject({
      correctionsLast90: 0,
    })
  })

  it('a correction whose signed time is no time at all does not stop the console', async () => {
    const root = await tempRoot()
    const files = chain(newKey(), 3, {
      correction: (seq) => seq === 3,
      at: (seq) => (seq === 3 ? '九月五日' : '2026-08-20T00:00:00.000Z'),
    })
    await put(join(root, 'in', '联盟村'), files)
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.villages[0]).toMatchObject({ name: '联盟村', packages: 3 })
  })

  it('a village paired with old corrections in its history does not have them all counted anew', async () => {
    const root = await tempRoot()
    await put(join(root, 'in', '联盟村'), history(newKey(), '2026-06-01'))
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.villages[0]).toMatchObject({ ok: true, correctionsLast90: 0 })
  })
})
