/**
 * The console's own files of a village, its archive (archive/<folder>.jsonl) and day file
 * (archive/<folder>.days), are read whole. One grown past anything the console writes (filled up
 * by hand, a disk fault) is not read at all, so it cannot use up the machine's memory: that
 * village's row says so in plain words, and every other village shows as ever.
 */
import { rm, stat, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARCHIVE_MAX_BYTES } from '../../../../../electron/core/township/archive'
import { DAYS_MAX_BYTES } from '../../../../../electron/core/township/arrivals'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { PACKAGE_MAX_BYTES } from '../../../../../electron/core/township/inbox'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** 联盟村, whose third package (a correction the village dated 2026-06-01) came later; and 甲村. */
async function villages() {
  const root = await tempRoot()
  const inbox = join(root, 'in')
  const state = join(root, 'state')
  const files = chain(newKey(), 3, {
    correction: (seq) => seq === 3,
    at: (seq) => (seq === 3 ? '2026-06-01T02:00:00.000Z' : '2026-11-20T00:00:00.000Z'),
  })
  await put(join(inbox, '甲村'), chain(newKey(), 1, { name: '甲村' }))
  await put(join(inbox, '联盟村'), files.slice(0, 2))
  await townshipOverview(inbox, state, NOW)
  await put(join(inbox, '联盟村'), { '00000003.json': files[2]! })
  const open = () => townshipOverview(inbox, state, NOW)
  const row = (o: Awaited<ReturnType<typeof open>>, folder: string) =>
    o.villages.find((r) => r.folder === folder)
  // Counted from the day it arrived (today), not the village's own date.
  expect(row(await open(), '联盟村')).toMatchObject({ ok: true, correctionsLast90: 1 })
  const archive = join(state, 'archive', '联盟村.jsonl')
  const days = join(state, 'archive', '联盟村.days')
  return { state, open, row, archive, days }
}

describe("a village's own console file grown past any the console writes", () => {
  it('the caps: a day file as the largest package, an archive four of them', () => {
    expect(DAYS_MAX_BYTES).toBe(PACKAGE_MAX_BYTES)
    expect(ARCHIVE_MAX_BYTES).toBe(4 * PACKAGE_MAX_BYTES)
  })

  it('a day file over 64 MB is not read: said on the row, the others shown', async () => {
    const v = await villages()
    await truncate(v.days, DAYS_MAX_BYTES + 1)
    const o = await v.open()
    expect(v.row(o, '甲村')).toMatchObject({ ok: true })
    expect(v.row(o, '联盟村')).toMatchObject({ ok: false, correctionsLast90: 1 })
    expect(o.problems.map((p) => [p.folder, p.kind, p.message])).toEqual([
      [
        '联盟村',
        'record',
        '乡镇这边记的这个村每个包是哪天收到的（township/archive/联盟村.days）太大了（超过 64 MB），' +
          '不是程序写出来的样子，没有读取，请技术人员查看这个文件',
      ],
    ])
    // seen.json lost: the days are not taken from it, the correction counts by its own date.
    await rm(join(v.state, 'seen.json'))
    expect(v.row(await v.open(), '联盟村')).toMatchObject({ correctionsLast90: 0 })
  })

  it('a day file of exactly 64 MB is read as ever', async () => {
    const v = await villages()
    await truncate(v.days, DAYS_MAX_BYTES)
    expect((await stat(v.days)).size).toBe(DAYS_MAX_BYTES)
    const o = await v.open()
    expect(o.problems).toEqual([])
    await rm(join(v.state, 'seen.json'))
    expect(v.row(await v.open(), '联盟村')).toMatchObject({ correctionsLast90: 1 })
  })

  it('an archive over 256 MB is not read: said on the row, the others shown', async () => {
    const v = await villages()
    await truncate(v.archive, ARCHIVE_MAX_BYTES + 1)
    const said = [
      '联盟村',
      'record',
      '乡镇这边这个村的存档（township/archive/联盟村.jsonl）太大了（超过 256 MB），没有读取：' +
        '文件夹里的包被换掉或删掉时，查不到第一次收到的版本，请技术人员查看这个文件',
    ]
    const o = await v.open()
    expect(v.row(o, '甲村')).toMatchObject({ ok: true })
    expect(v.row(o, '联盟村')).toMatchObject({ ok: false, verified: 3 })
    expect(o.problems.map((p) => [p.folder, p.kind, p.message])).toEqual([said])
    // A package file removed: its first version would be read from the archive, which is not.
    await rm(join(v.state, '..', 'in', '联盟村', '00000002.json'))
    const after = await v.open()
    expect(v.row(after, '甲村')).toMatchObject({ ok: true })
    expect(after.problems.map((p) => [p.folder, p.kind, p.message])).toContainEqual(said)
  })
})
