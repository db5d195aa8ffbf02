/**
 * 近90天更正 counts a correction from the later of the village's own date and the day the
 * township first saw it, kept in township/seen.json. Anyone at the machine can edit that file:
 * a day after today, or later than the day file beside the archive bears out (the day each
 * package arrived, in the order they arrived), never keeps a correction in the 90 days longer.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

/** Three packages; package 2 a correction made (by the village's clock) on 2026-06-02. */
const history = () =>
  chain(newKey(), 3, {
    correction: (seq) => seq === 2,
    at: (seq) => (seq === 2 ? '2026-06-02T02:00:00.000Z' : '2026-06-01T00:00:00.000Z'),
  })

/** A village folder and the console's folder; `open` reads both on `day`. */
async function village() {
  const root = await tempRoot()
  const inbox = join(root, 'in')
  const state = join(root, 'state')
  const dir = join(inbox, '联盟村')
  const open = async (day: string) =>
    (await townshipOverview(inbox, state, new Date(`${day}T02:00:00.000Z`))).villages[0]!
  const seenFile = join(state, 'seen.json')
  /** Sets the day seen.json keeps for package 2, as someone at the machine would. */
  const editDay = async (day: string) => {
    const seen = JSON.parse(await readFile(seenFile, 'utf8')) as Record<
      string,
      Record<string, string>
    >
    seen['联盟村']!.d2 = day
    await writeFile(seenFile, JSON.stringify(seen))
  }
  return { dir, open, editDay }
}

/** Package 1 paired on 2026-06-01; the correction arrives 2026-06-05, package 3 on 2026-06-10. */
async function lateCorrection() {
  const v = await village()
  const files = history()
  await put(v.dir, files.slice(0, 1))
  await v.open('2026-06-01')
  await put(v.dir, { '00000002.json': files[1]! })
  expect(await v.open('2026-06-05')).toMatchObject({ correctionsLast90: 1 })
  await put(v.dir, { '00000003.json': files[2]! })
  await v.open('2026-06-10')
  // Arrived 2026-06-05: out of the 90 days by December.
  expect(await v.open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
  return v
}

describe('the day seen.json keeps for a correction, edited', () => {
  it('to a day after today: not taken, the correction counts as the archive bears out', async () => {
    const v = await lateCorrection()
    await v.editDay('2099-01-01')
    expect(await v.open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
  })

  it('to a later day than it arrived: taken as no later than the day file bears out', async () => {
    const v = await lateCorrection()
    await v.editDay('2026-12-01')
    expect(await v.open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
    // Counted 90 days from its arrival (2026-06-05), as before the edit.
    await v.editDay('2026-09-01')
    expect(await v.open('2026-09-03')).toMatchObject({ correctionsLast90: 1 })
    expect(await v.open('2026-09-04')).toMatchObject({ correctionsLast90: 0 })
  })

  it('given to a correction that came with the first open: it counts by its own date only', async () => {
    const v = await village()
    await put(v.dir, history())
    expect(await v.open('2026-06-05')).toMatchObject({ ok: true, correctionsLast90: 1 })
    expect(await v.open('2026-12-12')).toMatchObject({ correctionsLast90: 0 })
    await v.editDay('2026-12-01')
    expect(await v.open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
  })

  it('to something that is not a day: the correction counts by its own date', async () => {
    const v = await lateCorrection()
    await v.editDay('9999-99-99')
    expect(await v.open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
  })
})
