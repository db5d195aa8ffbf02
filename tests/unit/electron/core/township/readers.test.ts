/** The console's open shared out to reader threads gives exactly what the core's thread alone gives. */
import { once } from 'node:events'
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { loadedSourceReader } from './source-reader'
import { twoMonthsPublished, type SigningVillage } from './village'

let v: SigningVillage
let root: string
const now = new Date('2026-12-12T02:00:00.000Z')

beforeAll(async () => {
  v = await twoMonthsPublished()
  // Eight village folders, copies of one village (so each also says its key is shared with
  // the others: `own` leaves that out); the third has a package changed after signing.
  root = join(v.root, 'inbox')
  for (const f of 'abcdefgh') await cp(v.outbox, join(root, f), { recursive: true })
  const file = join(root, 'c', '00000002.json')
  await writeFile(file, (await readFile(file, 'utf8')).replace('70000', '70001'))
}, 30_000)
afterAll(async () => {
  await v.close()
})

/** Problems other than the shared key every copy of the one village has. */
const own = <P extends { kind: string }>(problems: P[]) => problems.filter((p) => p.kind !== 'key')

/** Every file the console keeps, by path, as bytes. */
async function kept(state: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const e of await readdir(state, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const path = join(e.parentPath, e.name)
    out[path.slice(state.length)] = (await readFile(path)).toString('base64')
  }
  return out
}

/**
 * Readers started beforehand, their code loaded (so they take folders at once, however quick
 * the core thread is), handed out in turn; counts how many were started and the folders they
 * answered for.
 */
async function loaded(readers: Array<Promise<Worker>>) {
  const ready = await Promise.all(readers)
  const c = { started: 0, answered: 0 }
  const startReader = () => {
    const w = ready[c.started++]
    if (!w) throw new Error('no reader left')
    w.on('message', (m: object) => void ('i' in m && c.answered++))
    return w
  }
  return { c, startReader }
}

/** A stand-in reader thread: its code, then word that it is loaded. */
async function fake(code: string): Promise<Worker> {
  const w = new Worker(`${code}\nrequire('node:worker_threads').parentPort.postMessage('loaded')`, {
    eval: true,
  })
  await once(w, 'message')
  return w
}

describe('reader threads for the township console', () => {
  it('give the same view, the same archive and the same caches as the core thread alone, first and later opens', async () => {
    const alone = join(v.root, 'state-alone')
    const shared = join(v.root, 'state-shared')
    const { c, startReader } = await loaded([loadedSourceReader(), loadedSourceReader()])
    const expected = await townshipOverview(root, alone, now)
    expect(own(expected.problems).map((p) => [p.folder, p.kind, p.seq])).toEqual([
      ['c', 'signature', 2],
    ])
    const progress: number[] = []
    const view = await townshipOverview(root, shared, now, (p) => progress.push(p.done), {
      start: startReader,
      threads: 2,
    })
    expect(view).toEqual(expected)
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(c.started).toBe(2)
    expect(c.answered).toBeGreaterThanOrEqual(1)
    expect(await kept(shared)).toEqual(await kept(alone))

    // A later open reads from the caches the threads wrote, on the core thread alone (nothing
    // to read from scratch, so no reader is asked for): nothing is archived twice.
    const before = await kept(shared)
    const again = await townshipOverview(root, shared, now, () => {}, {
      start: startReader,
      threads: 2,
    })
    expect(again).toEqual(expected)
    expect(await kept(shared)).toEqual(before)
    expect(c.started).toBe(2)
  }, 60_000)

  it('a folder a reader took and died on, failed on, or never got to is read on the core thread: the same view', async () => {
    const expected = await townshipOverview(root, join(v.root, 'state-ref'), now)
    const reference = await kept(join(v.root, 'state-ref'))
    // Stand-in readers: each takes a folder from the shared counter, then misbehaves.
    const fakes = {
      dies: `const { parentPort } = require('node:worker_threads')
        parentPort.once('message', ({ next }) => { Atomics.add(next, 0, 1); process.exit(3) })`,
      fails: `const { parentPort } = require('node:worker_threads')
        parentPort.once('message', ({ next }) => {
          parentPort.postMessage({ i: Atomics.add(next, 0, 1), ok: false, message: 'EIO' })
          parentPort.postMessage({ end: true })
        })`,
      exits: `require('node:worker_threads').parentPort.once('message', () => process.exit(0))`,
    }
    for (const [name, code] of Object.entries(fakes)) {
      const state = join(v.root, `state-${name}`)
      const readers = await loaded([fake(code), fake(code), fake(code)])
      const view = await townshipOverview(root, state, now, () => {}, {
        start: readers.startReader,
        threads: 3,
      })
      expect(view, name).toEqual(expected)
      expect(readers.c.started, name).toBe(3)
      expect(readers.c.answered, name).toBe(name === 'fails' ? 3 : 0)
      expect(await kept(state), name).toEqual(reference)
    }

    const refused = await townshipOverview(root, join(v.root, 'state-refused'), now, () => {}, {
      start: () => {
        throw new Error('no threads')
      },
    })
    expect(refused).toEqual(expected)
  }, 60_000)

  it("a folder that cannot be finished is that village's problem; the readers stop, the open goes on", async () => {
    const bad = join(v.root, 'inbox-bad')
    for (const f of 'abcdefgh') await cp(v.outbox, join(bad, f), { recursive: true })
    // Folder a's archive, where the console keeps each package as first seen, is a folder, so
    // it cannot be written (EISDIR), whichever thread reads a. It used to fail the whole open:
    // one village hid the other seven. (A package file that cannot be read is that file's
    // problem: see inbox.test.ts.)
    await mkdir(join(v.root, 'state-bad', 'archive', 'a.jsonl'), { recursive: true })
    const events: string[] = []
    const readers = await loaded([loadedSourceReader(), loadedSourceReader()])
    const workers: Worker[] = []
    const o = await townshipOverview(bad, join(v.root, 'state-bad'), now, () => {}, {
      start: () => {
        const w = readers.startReader()
        w.once('exit', () => events.push('reader stopped'))
        workers.push(w)
        return w
      },
      threads: 2,
    })
    expect(workers).toHaveLength(2)
    // Each reader took its last job and is told to stop: none is left running.
    await expect.poll(() => events.length).toBe(2)
    expect(o.villages.map((r) => r.folder).sort()).toEqual([...'abcdefgh'])
    expect(own(o.problems).map((p) => [p.folder, p.kind])).toEqual([['a', 'unreadable']])
    expect(own(o.problems)[0]!.message).toContain('没能存档')
    // Not kept as seen: the next open archives a's packages again.
    const seen = JSON.parse(await readFile(join(v.root, 'state-bad', 'seen.json'), 'utf8'))
    expect(Object.keys(seen.a ?? {})).toEqual([])
    expect(Object.keys(seen.b)).toHaveLength(2)
  }, 60_000)
})
