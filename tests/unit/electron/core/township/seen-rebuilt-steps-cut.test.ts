/**
 * A rebuild of seen.json is more than one file on disk: the note of the loss (seen-rebuilt.json),
 * the damaged file moved aside, the rebuilt seen.json. The power may go between any two of
 * them: the next open must say the loss once, as what it was, never a second loss or another kind.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import type * as fsSafe from '../../../../../electron/core/store/fs-safe'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

/**
 * The steps of a rebuild done so far, and after which one the power goes (0: it does not).
 * Once it has gone nothing more is written, though the code under test catch the error.
 */
const cut = { after: 0, steps: [] as string[], off: false }

function alive(): void {
  if (cut.off) throw new Error('power cut')
}

function step(name: string): void {
  cut.steps.push(name)
  if (cut.steps.length === cut.after) cut.off = true
  alive()
}

const WATCHED = new Set(['seen.json', 'seen-rebuilt.json'])

vi.mock('../../../../../electron/core/store/fs-safe', async (importOriginal) => {
  const real = await importOriginal<typeof fsSafe>()
  const writeFileDurable: typeof real.writeFileDurable = async (...args) => {
    alive()
    await real.writeFileDurable(...args)
    const name = basename(String(args[0]))
    if (WATCHED.has(name)) step(name)
  }
  return { ...real, writeFileDurable }
})

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const rename: typeof real.rename = async (from, to) => {
    alive()
    await real.rename(from, to)
    if (basename(String(to)).startsWith('seen-damaged-')) step('damaged aside')
  }
  return { ...real, default: { ...real, rename }, rename }
})

afterEach(() => {
  cut.after = 0
  cut.steps = []
  cut.off = false
})

const NOW = new Date('2026-12-12T02:00:00.000Z')
const DAMAGED = '{"联盟村":{"1":"ab'

async function village() {
  const root = await tempRoot()
  const state = join(root, 'state')
  await put(
    join(root, 'in', '联盟村'),
    chain(newKey(), 3, { records: (seq) => [sheetRecord(`2026-0${seq + 6}`, 100)] }),
  )
  const open = () => townshipOverview(join(root, 'in'), state, NOW)
  expect((await open()).problems).toEqual([])
  return { state, open }
}

type Lost = 'damaged' | 'deleted'

async function lose(state: string, how: Lost) {
  const file = join(state, 'seen.json')
  if (how === 'deleted') await rm(file)
  else await writeFile(file, DAMAGED)
}

/** How many steps a rebuild takes, found by one that is not cut. */
async function stepsOf(how: Lost): Promise<string[]> {
  const v = await village()
  await lose(v.state, how)
  cut.steps = []
  await v.open()
  const steps = cut.steps
  cut.steps = []
  return steps
}

describe('a power cut between the files of a rebuild of seen.json', () => {
  it.each(['damaged', 'deleted'] as const)(
    'is said once, as what it was, after a cut at any step (seen.json %s)',
    async (how) => {
      const steps = await stepsOf(how)
      expect(steps.length).toBeGreaterThanOrEqual(2)
      for (let after = 1; after <= steps.length; after++) {
        const v = await village()
        await lose(v.state, how)
        cut.steps = []
        cut.after = after
        await v.open().catch(() => {})
        expect(cut.off, `cut after ${steps[after - 1]}`).toBe(true)
        cut.after = 0
        cut.off = false
        for (const time of ['next open', 'the one after']) {
          const o = await v.open()
          const notices = o.problems.filter((p) => p.folder === '')
          const at = `cut after ${steps[after - 1]}, ${time}`
          expect(notices, at).toHaveLength(1)
          expect(notices[0]!.message, at).toContain(how === 'damaged' ? '损坏了' : '不见了')
          expect(notices[0]!.message, at).not.toContain('第 2 次')
          expect(notices[0]!.message, at).toContain('重新找回 1 个村')
          expect(
            o.problems.filter((p) => p.folder !== ''),
            at,
          ).toEqual([])
          const events = JSON.parse(
            await readFile(join(v.state, 'seen-rebuilt.json'), 'utf8'),
          ) as unknown[]
          expect(events, at).toHaveLength(1)
          const kept = (await readdir(v.state)).filter((f) => f.startsWith('seen-damaged-'))
          expect(kept, at).toHaveLength(how === 'damaged' ? 1 : 0)
          if (how === 'damaged') {
            expect(await readFile(join(v.state, kept[0]!), 'utf8'), at).toBe(DAMAGED)
            expect(notices[0]!.message, at).toContain(`township/${kept[0]}`)
          }
        }
        // A later loss is a loss more, said as its own.
        await rm(join(v.state, 'seen.json'))
        const again = (await v.open()).problems.filter((p) => p.folder === '')
        const at = `cut after ${steps[after - 1]}, then seen.json deleted`
        expect(again, at).toHaveLength(1)
        expect(again[0]!.message, at).toContain('不见了（被删除）（这已经是第 2 次）')
      }
    },
  )
  it('a cut after the damaged file was moved aside, and that file then deleted, is not said as kept', async () => {
    const steps = await stepsOf('damaged')
    const v = await village()
    await lose(v.state, 'damaged')
    cut.steps = []
    cut.after = steps.indexOf('damaged aside') + 1
    await v.open().catch(() => {})
    expect(cut.steps.at(-1)).toBe('damaged aside')
    cut.after = 0
    cut.off = false
    for (const f of await readdir(v.state))
      if (f.startsWith('seen-damaged-')) await rm(join(v.state, f))
    const said = (await v.open()).problems.filter((p) => p.folder === '')
    expect(said).toHaveLength(1)
    expect(said[0]!.message).not.toContain('原样另存为')
    expect(said[0]!.message).toContain('不见了（被删除）（这已经是第 2 次）')
  })
})
