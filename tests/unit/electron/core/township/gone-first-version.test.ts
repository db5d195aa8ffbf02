/**
 * A package the console saw before whose file is now gone from the folder, or no longer the
 * signed package (a byte changed, another key): its first version is in the console's archive,
 * signed, so the row keeps its figures, and the red mark for what happened to the file stays.
 * Removing or spoiling a file cannot take a month's spending off the township's view.
 */
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** Packages 1–3 publish September to November: ¥100, ¥200 (or `octoberFen`), ¥400. */
async function village() {
  const root = await tempRoot()
  const key = newKey()
  const dir = join(root, 'in', '联盟村')
  const state = join(root, 'state')
  const months = ['2026-09', '2026-10', '2026-11']
  const fen = [10_000, 20_000, 40_000]
  const files = chain(key, 3, { records: (seq) => [sheetRecord(months[seq - 1]!, fen[seq - 1]!)] })
  await put(dir, files)
  const open = () => townshipOverview(join(root, 'in'), state, NOW)
  expect((await open()).villages[0]).toMatchObject({ ok: true, expenseFen: 70_000 })
  return { root, key, dir, state, files, open }
}

const marks = (o: Awaited<ReturnType<typeof townshipOverview>>) =>
  o.problems.map((p) => [p.kind, p.seq])

/** A package file with one digit of its spending (`fen`) changed: its signature fails. */
function spoiled(file: Buffer, fen: number): Buffer {
  const text = file.toString('utf8')
  const changed = text.replace(`"expenseFen":${fen}`, `"expenseFen":${fen + 1}`)
  expect(changed).not.toBe(text)
  return Buffer.from(changed, 'utf8')
}

describe('a package seen before whose file is gone or spoiled', () => {
  it('deleted from the folder: its figures stay on the row, said as gone', async () => {
    const v = await village()
    await rm(join(v.dir, '00000002.json'))
    const o = await v.open()
    expect(marks(o)).toEqual([['missing', 2]])
    expect(o.villages[0]).toMatchObject({
      ok: false,
      expenseFen: 70_000,
      lastSeq: 3,
      lastPeriod: '2026-11',
      packages: 2,
      verified: 2,
    })
  })

  it('the last package deleted: the row still shows the last period the township received', async () => {
    const v = await village()
    await rm(join(v.dir, '00000003.json'))
    const o = await v.open()
    expect(marks(o)).toEqual([['missing', 3]])
    expect(o.villages[0]).toMatchObject({
      ok: false,
      expenseFen: 70_000,
      lastSeq: 3,
      lastPeriod: '2026-11',
    })
  })

  it('a byte changed in its file: its first-seen figures stay, with 签名不对 said', async () => {
    const v = await village()
    await writeFile(join(v.dir, '00000002.json'), spoiled(v.files[1]!, 20_000))
    const o = await v.open()
    expect(marks(o)).toEqual([['signature', 2]])
    expect(o.villages[0]).toMatchObject({
      ok: false,
      expenseFen: 70_000,
      packages: 3,
      verified: 2,
    })
    // The same with the console's file cache gone: the first version comes from the archive.
    await rm(join(v.state, 'files-4.json'))
    const again = await v.open()
    expect(marks(again)).toEqual([['signature', 2]])
    expect(again.villages[0]).toMatchObject({ ok: false, expenseFen: 70_000, verified: 2 })
  })

  it('replaced by a package another key signed: the first-seen figures stay, the key said', async () => {
    const v = await village()
    const stranger = chain(newKey(), 2, { records: () => [sheetRecord('2026-10', 1)] })[1]!
    await put(v.dir, { '00000002.json': stranger })
    const o = await v.open()
    expect(marks(o)).toEqual([['key', 2]])
    expect(o.villages[0]).toMatchObject({ ok: false, expenseFen: 70_000 })
  })

  it('with no first version in the archive, only the packages in the folder count', async () => {
    const v = await village()
    await rm(join(v.state, 'archive'), { recursive: true })
    await rm(join(v.state, 'files-4.json'))
    await rm(join(v.dir, '00000002.json'))
    const o = await v.open()
    expect(marks(o)).toContainEqual(['missing', 2])
    expect(o.villages[0]).toMatchObject({ ok: false, expenseFen: 50_000 })
  })

  it('a package never seen before that fails its signature adds nothing', async () => {
    const v = await village()
    const four = chain(v.key, 4, {
      records: (seq) => [
        sheetRecord(seq === 4 ? '2026-12' : `2026-0${seq}`, seq === 4 ? 80_000 : 0),
      ],
    })[3]!
    await put(v.dir, { '00000004.json': spoiled(four, 80_000) })
    const o = await v.open()
    expect(marks(o)).toEqual([['signature', 4]])
    expect(o.villages[0]).toMatchObject({ ok: false, expenseFen: 70_000, lastSeq: 3 })
  })
})
