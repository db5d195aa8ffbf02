/**
 * township/seen.json (what the console remembers of each package it saw) deleted or damaged:
 * the archive still holds every package as first seen and every other version, so the red
 * marks come back from it, and the red box says the console's own record was lost.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

const NOW = new Date('2026-12-12T02:00:00.000Z')

/** An inbox with one village, opened once; `lose` takes seen.json away as named. */
async function village(n = 3) {
  const root = await tempRoot()
  const key = newKey()
  const dir = join(root, 'in', '联盟村')
  const state = join(root, 'state')
  const files = chain(key, n, {
    records: (seq) => [sheetRecord(`2026-${String(8 + seq).padStart(2, '0')}`, 100)],
  })
  await put(dir, files)
  const open = () => townshipOverview(join(root, 'in'), state, NOW)
  expect((await open()).problems).toEqual([])
  const lose = async (how: 'deleted' | 'damaged' | 'emptied') => {
    const file = join(state, 'seen.json')
    if (how === 'deleted') await rm(file)
    else await writeFile(file, how === 'damaged' ? '{"联盟村":{"1":"ab' : '{}')
  }
  return { root, key, dir, state, files, open, lose }
}

const marks = (o: Awaited<ReturnType<typeof townshipOverview>>) =>
  o.problems.filter((p) => p.folder !== '').map((p) => [p.folder, p.kind, p.seq])
const notice = (o: Awaited<ReturnType<typeof townshipOverview>>) =>
  o.problems.filter((p) => p.folder === '')

describe('seen.json lost while the archive holds the evidence', () => {
  it.each(['deleted', 'damaged', 'emptied'] as const)(
    'a fork whose extra version was removed stays red when seen.json is %s, and the red box says so',
    async (how) => {
      const v = await village()
      await put(v.dir, { 'zz-00000002.json': chain(v.key, 3, { salt: 'x', saltFrom: 2 })[1]! })
      expect(marks(await v.open())).toContainEqual(['联盟村', 'fork', 2])
      await rm(join(v.dir, 'zz-00000002.json'))
      await v.lose(how)
      const o = await v.open()
      expect(marks(o)).toEqual([['联盟村', 'fork', 2]])
      expect(o.villages[0]!.ok).toBe(false)
      const [said] = notice(o)
      expect(said).toMatchObject({ kind: 'record', seq: null })
      expect(said!.message).toContain('seen.json')
      expect(said!.message).toContain('按存档重新找回')
      // Said on the next opens too, though seen.json is whole again: someone wiped the record.
      const next = await v.open()
      expect(notice(next)).toHaveLength(1)
      expect(marks(next)).toEqual([['联盟村', 'fork', 2]])
      // Nothing archived twice: the rebuilt record knows every package.
      const lines = (await readFile(join(v.state, 'archive', '联盟村.jsonl'), 'utf8'))
        .trim()
        .split('\n')
      expect(lines).toHaveLength(4)
    },
  )

  it('a package deleted from the folder is said as gone again, with seen.json deleted', async () => {
    const v = await village()
    await rm(join(v.dir, '00000003.json'))
    expect(marks(await v.open())).toEqual([['联盟村', 'missing', 3]])
    await v.lose('deleted')
    expect(marks(await v.open())).toEqual([['联盟村', 'missing', 3]])
  })

  it('a rewritten package file is a fork again, with the first version’s figures', async () => {
    const v = await village(2)
    const other = chain(v.key, 2, {
      salt: 'x',
      saltFrom: 2,
      records: (seq) => [
        sheetRecord(`2026-${String(8 + seq).padStart(2, '0')}`, seq === 2 ? 99_900 : 100),
      ],
    })
    await put(v.dir, { '00000002.json': other[1]! })
    await v.lose('deleted')
    const o = await v.open()
    expect(marks(o)).toEqual([['联盟村', 'fork', 2]])
    expect(o.villages[0]).toMatchObject({ ok: false, expenseFen: 200 })
  })

  it('a whole village folder removed is said as gone again', async () => {
    const v = await village()
    await rm(v.dir, { recursive: true })
    await v.lose('deleted')
    const o = await v.open()
    expect(marks(o)).toEqual([['联盟村', 'missing', null]])
    expect(notice(o)).toHaveLength(1)
  })

  it('keeps a damaged seen.json as it was, beside the rebuilt one', async () => {
    const v = await village()
    await v.lose('damaged')
    await v.open()
    const kept = (await readdir(v.state)).filter((f) => f.startsWith('seen-damaged-'))
    expect(kept).toHaveLength(1)
    expect(await readFile(join(v.state, kept[0]!), 'utf8')).toBe('{"联盟村":{"1":"ab')
  })

  it('says nothing on a first open, or when seen.json is lost with no archive beside it', async () => {
    const v = await village()
    expect(notice(await v.open())).toEqual([])
    await rm(join(v.state, 'archive'), { recursive: true })
    await v.lose('deleted')
    expect((await v.open()).problems).toEqual([])
  })
  it('a damaged seen.json with no archive says the record is lost and could not be found again', async () => {
    const v = await village()
    await rm(join(v.state, 'archive'), { recursive: true })
    await v.lose('damaged')
    const o = await v.open()
    const [said] = notice(o)
    expect(notice(o)).toHaveLength(1)
    expect(said).toMatchObject({ kind: 'record', seq: null })
    expect(said!.message).toContain('损坏了')
    expect(said!.message).toContain('没能找回')
    expect(said!.message).toContain('里没有可以用来找回的包')
    // Nothing was found again: it must not say it was, nor that the old red marks still show.
    expect(said!.message).not.toContain('重新找回 0')
    expect(said!.message).not.toContain('以前的红字照样显示')
    expect(marks(o)).toEqual([])
  })
})

describe('the day the loss was found', () => {
  it("is the township's own day (UTC+8): found at 01:00 on 13 December, not the 12th", async () => {
    const v = await village()
    await v.lose('deleted')
    const o = await townshipOverview(
      join(v.root, 'in'),
      v.state,
      new Date('2026-12-12T17:00:00.000Z'),
    )
    expect(notice(o)[0]!.message).toMatch(/^2026-12-13 打开时发现/)
  })
})
