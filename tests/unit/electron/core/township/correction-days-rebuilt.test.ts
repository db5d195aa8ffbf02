/**
 * 近90天更正 after seen.json is rebuilt from the archive: the day each package first arrived is
 * kept beside the archive (archive/<folder>.days), so a back-dated correction counts from its
 * arrival as before. A day file torn, hand-edited or gone never makes a correction older than
 * the village's own date, nor stops the console: the correction then counts by that date. Nor
 * does an edit make it later than the archive bears out (see trustedArrivals).
 */
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** `n` packages; those in `corrections` are corrections made (by the village's clock) on `day`. */
function history(n: number, corrections: number[], day = '2026-06-01') {
  return chain(newKey(), n, {
    correction: (seq) => corrections.includes(seq),
    at: (seq) => (corrections.includes(seq) ? `${day}T02:00:00.000Z` : '2026-11-20T00:00:00.000Z'),
  })
}

/** One village whose first open saw `paired` packages; the rest arrive one open each. */
async function village(files: Buffer[], paired: number) {
  const root = await tempRoot()
  const dir = join(root, 'in', '联盟村')
  const state = join(root, 'state')
  const inbox = join(root, 'in')
  const open = async (now = NOW) => (await townshipOverview(inbox, state, now)).villages[0]!
  await put(dir, files.slice(0, paired))
  await open()
  const days = join(state, 'archive', '联盟村.days')
  const arrive = async (seq: number) => {
    await put(dir, { [`0000000${seq}.json`]: files[seq - 1]! })
    return open()
  }
  return { dir, inbox, state, files, days, open, arrive }
}

const lose = (state: string, how: 'deleted' | 'damaged') =>
  how === 'deleted'
    ? rm(join(state, 'seen.json'))
    : writeFile(join(state, 'seen.json'), '{"联盟村":{"1":"ab')

describe('the day a correction arrived, after seen.json is rebuilt', () => {
  it.each(['deleted', 'damaged'] as const)(
    'a back-dated correction counts from its arrival as before when seen.json is %s',
    async (how) => {
      const v = await village(history(3, [3]), 2)
      expect(await v.arrive(3)).toMatchObject({ ok: true, correctionsLast90: 1 })
      await lose(v.state, how)
      expect(await v.open()).toMatchObject({ correctionsLast90: 1 })
      // The same answer as before the rebuild on later days too: counted 90 days from arrival.
      expect(await v.open(new Date('2027-03-10T02:00:00.000Z'))).toMatchObject({
        correctionsLast90: 1,
      })
      expect(await v.open(new Date('2027-03-20T02:00:00.000Z'))).toMatchObject({
        correctionsLast90: 0,
      })
    },
  )

  it('a power cut that tore the last line of the day file loses no later arrival', async () => {
    const v = await village(history(4, [3, 4]), 2)
    expect(await v.arrive(3)).toMatchObject({ correctionsLast90: 1 })
    await appendFile(v.days, '{"sha256":"4a1c')
    expect(await v.arrive(4)).toMatchObject({ correctionsLast90: 2 })
    await lose(v.state, 'deleted')
    expect(await v.open()).toMatchObject({ correctionsLast90: 2 })
  })

  it('a correction archived again after an open cut short counts from the day seen.json kept', async () => {
    const v = await village(history(3, [3]), 2)
    await put(v.dir, { '00000003.json': v.files[2]! })
    // Archived with its day, then the open is closed before seen.json is written.
    const closed = ({ done }: { done: number }) => {
      if (done === 1) throw new Error('closed')
    }
    await expect(townshipOverview(v.inbox, v.state, NOW, closed)).rejects.toThrow('closed')
    const later = new Date('2026-12-20T02:00:00.000Z')
    expect(await v.open(later)).toMatchObject({ correctionsLast90: 1 })
    const after = new Date('2027-03-15T02:00:00.000Z')
    expect(await v.open(after)).toMatchObject({ correctionsLast90: 1 })
    await lose(v.state, 'deleted')
    expect(await v.open(after)).toMatchObject({ correctionsLast90: 1 })
  })

  it('a day file that cannot be written keeps the packages unarchived, and the row says so', async () => {
    const v = await village(history(3, [3]), 2)
    const archive = join(v.state, 'archive', '联盟村.jsonl')
    const archived = await readFile(archive)
    await rm(v.days)
    await mkdir(v.days)
    for (let i = 0; i < 2; i++) {
      await put(v.dir, { '00000003.json': v.files[2]! })
      const o = await townshipOverview(v.inbox, v.state, NOW)
      expect(o.problems.map((p) => [p.folder, p.kind, p.message.includes('没能存档')])).toEqual([
        ['联盟村', 'unreadable', true],
      ])
      expect((await readFile(archive)).equals(archived)).toBe(true)
    }
  })

  it('old corrections received when the village was paired are not counted anew', async () => {
    const v = await village(history(3, [3]), 3)
    expect(await v.open()).toMatchObject({ correctionsLast90: 0 })
    await lose(v.state, 'deleted')
    expect(await v.open()).toMatchObject({ correctionsLast90: 0 })
  })

  const edits: Array<[string, (days: string) => Promise<void>]> = [
    ['dated in the future', async (f) => spoil(f, (t) => t.replaceAll('2026-12-12', '2099-01-01'))],
    ['not a date', async (f) => spoil(f, (t) => t.replaceAll('2026-12-12', '2026-13-45'))],
    ['not the day file', async (f) => writeFile(f, 'hello\n{"sha256":1}\n[]\nnull\n')],
    ['deleted', async (f) => rm(f)],
    ['a folder', async (f) => rm(f).then(() => mkdir(f))],
  ]
  it.each(edits)(
    'a day file %s: the correction counts by the village’s own date, as without it',
    async (_, edit) => {
      const v = await village(history(3, [3]), 2)
      expect(await v.arrive(3)).toMatchObject({ correctionsLast90: 1 })
      await edit(v.days)
      await lose(v.state, 'deleted')
      expect(await v.open()).toMatchObject({ ok: true, correctionsLast90: 0 })
    },
  )

  it('a day file edited to an early day never makes a correction older than its own date', async () => {
    const v = await village(history(3, [3], '2026-12-01'), 2)
    expect(await v.arrive(3)).toMatchObject({ correctionsLast90: 1 })
    await spoil(v.days, (t) => t.replaceAll('2026-12-12', '2020-01-01'))
    await lose(v.state, 'deleted')
    expect(await v.open()).toMatchObject({ correctionsLast90: 1 })
    expect(await v.open(new Date('2027-02-28T02:00:00.000Z'))).toMatchObject({
      correctionsLast90: 1,
    })
  })
})

describe('a day file edited to make a correction later than it arrived', () => {
  it('a day later than a package that arrived after it counts from that arrival at most', async () => {
    const root = await tempRoot()
    const inbox = join(root, 'in')
    const state = join(root, 'state')
    const dir = join(inbox, '联盟村')
    const files = history(3, [2], '2026-06-02')
    const open = async (day: string) =>
      (await townshipOverview(inbox, state, new Date(`${day}T02:00:00.000Z`))).villages[0]!
    await put(dir, files.slice(0, 1))
    await open('2026-06-01')
    await put(dir, { '00000002.json': files[1]! })
    expect(await open('2026-06-05')).toMatchObject({ correctionsLast90: 1 })
    await put(dir, { '00000003.json': files[2]! })
    await open('2026-06-10')
    // Arrived 2026-06-05: out of the 90 days by December.
    expect(await open('2026-12-12')).toMatchObject({ correctionsLast90: 0 })
    // Said to have arrived 2026-12-01, after package 3 (2026-06-10) arrived: taken as no later.
    const days = join(state, 'archive', '联盟村.days')
    await spoil(days, (t) => t.replace('2026-06-05', '2026-12-01'))
    await lose(state, 'deleted')
    expect(await open('2026-12-12')).toMatchObject({ ok: true, correctionsLast90: 0 })
    // Counted 90 days from 2026-06-10 at the latest.
    expect(await open('2026-09-09')).toMatchObject({ correctionsLast90: 0 })
    expect(await open('2026-09-08')).toMatchObject({ correctionsLast90: 1 })
  })

  it('paired taken off a line of the first open before one that keeps it: still counted as paired', async () => {
    // The first open brought all three: the correction (2, made 2026-06-01) and package 3 after it.
    const v = await village(history(3, [2]), 3)
    expect(await v.open()).toMatchObject({ correctionsLast90: 0 })
    const lines = (await readFile(v.days, 'utf8')).split('\n')
    expect(lines.slice(0, 3).every((l) => l.endsWith(',"paired":true}'))).toBe(true)
    await spoil(v.days, (t) => t.replace(lines[1]!, lines[1]!.replace(',"paired":true', '')))
    await lose(v.state, 'deleted')
    expect(await v.open()).toMatchObject({ ok: true, correctionsLast90: 0 })
  })
})

async function spoil(file: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8')
  const changed = change(text)
  expect(changed).not.toBe(text)
  await writeFile(file, changed)
}
