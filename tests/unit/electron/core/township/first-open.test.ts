import { createHash } from 'node:crypto'
import { cp, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { decodePackage } from '../../../../../electron/core/township/package-format'
import { mapLimit } from '../../../../../electron/core/township/pool'
import { twoMonthsPublished, type SigningVillage } from './village'

let v: SigningVillage
let n = 0
const now = new Date('2026-12-12T02:00:00.000Z')

beforeAll(async () => {
  v = await twoMonthsPublished()
}, 30_000)
afterAll(async () => {
  await v.close()
})

async function inbox(): Promise<{ root: string; state: string }> {
  const root = join(v.root, `first-${++n}`)
  await cp(v.outbox, join(root, 'v'), { recursive: true })
  return { root, state: join(root, '..', `first-state-${n}`) }
}

describe('the first open of the township console', () => {
  it('keeps the exact bytes of every package first seen in one archive file per village, once', async () => {
    const { root, state } = await inbox()
    expect((await townshipOverview(root, state, now)).problems).toEqual([])
    expect(await readdir(join(state, 'archive'))).toEqual(['v.days', 'v.jsonl'])
    const outbox = await Promise.all(
      ['00000001.json', '00000002.json'].map((f) => readFile(join(v.outbox, f))),
    )
    const archived = await readFile(join(state, 'archive', 'v.jsonl'))
    expect(archived.equals(Buffer.concat(outbox))).toBe(true)
    // Each archived line is still a package whose signature checks out.
    const lines = archived.toString('utf8').trimEnd().split('\n')
    expect(lines.map((l) => decodePackage(Buffer.from(`${l}\n`)).ok)).toEqual([true, true])
    // The day they arrived is kept beside them: the whole history came with this first open.
    const days = await readFile(join(state, 'archive', 'v.days'), 'utf8')
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(
      days
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual(outbox.map((b) => ({ sha256: sha(b), day: '2026-12-12', paired: true })))
    // A later open archives nothing again.
    await townshipOverview(root, state, now)
    expect((await readFile(join(state, 'archive', 'v.jsonl'))).equals(archived)).toBe(true)
    expect(await readFile(join(state, 'archive', 'v.days'), 'utf8')).toBe(days)
  })

  it('a bad signature on a later package of the same key is still red, though the key was checked before', async () => {
    const { root, state } = await inbox()
    const file = join(root, 'v', '00000002.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('70000', '70001'))
    const view = await townshipOverview(root, state, now)
    expect(view.problems.map((p) => [p.kind, p.seq])).toEqual([['signature', 2]])
    expect(view.villages[0]).toMatchObject({ ok: false, verified: 1 })
    // Only the package that checked out is kept as first-seen evidence.
    const archived = await readFile(join(state, 'archive', 'v.jsonl'), 'utf8')
    expect(archived).toBe(await readFile(join(v.outbox, '00000001.json'), 'utf8'))
  })
})

describe('mapLimit', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (x, i) => {
      most = Math.max(most, ++running)
      await new Promise((r) => setTimeout(r, x))
      running--
      return x * 10 + i
    })
    expect(out).toEqual([50, 11, 42, 23, 34])
    expect(most).toBe(2)
  })

  it('tells how many village folders it has checked, from none to all', async () => {
    const { root, state } = await inbox()
    await cp(v.outbox, join(root, 'w'), { recursive: true })
    const seen: Array<{ done: number; total: number }> = []
    const view = await townshipOverview(root, state, now, (p) => seen.push(p))
    expect(view.villages).toHaveLength(2)
    expect(seen).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ])
  })
})
