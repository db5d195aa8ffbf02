/**
 * Core's own records check: a data file edited outside the program (its checksum made to
 * match) is found a while after start without anyone running 核验, and every screen is told.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Checkpoint } from '../../../../contract'
import { openCore, type Core } from '../../../../electron/core/core'
import type { RecordsWatchOptions } from '../../../../electron/core/records-watch'
import { serializeDoc, type DocData } from '../../../../electron/core/store/durable-adapter'

let dir: string
let core: Core | undefined
const SOON: RecordsWatchOptions = { firstAfterMs: 0, everyMs: 3_600_000 }

const open = async (recordsWatch: RecordsWatchOptions | false) => {
  core = await openCore({
    dir,
    demo: true,
    demoYears: 1,
    now: () => new Date('2026-11-25T01:30:00.000Z'),
    recordsWatch,
  })
  return core
}

async function checkpoint(c: Core): Promise<Checkpoint> {
  const r = await c.invoke('system.checkpoint', {}, 'win')
  if (!r.ok) throw new Error(r.error.message)
  return r.data as Checkpoint
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'records-watch-'))
  await (await open(false)).close() // the demo village, every document written
  core = undefined
})
afterEach(async () => {
  await core?.close()
  core = undefined
  await rm(dir, { recursive: true, force: true })
  await rm(`${dir}-secrets`, { recursive: true, force: true })
})

describe('core checks the records against the journal by itself', () => {
  it('finds a notice edited in its data file and tells every screen', async () => {
    const file = join(dir, 'notices.json')
    const doc = JSON.parse(await readFile(file, 'utf8')) as DocData
    const notices = doc.data.notices as Record<string, { title: string }>
    const id = Object.keys(notices)[0]!
    notices[id] = { ...notices[id]!, title: '改过的标题' }
    await writeFile(file, serializeDoc({ seq: doc.seq, data: doc.data }))

    const c = await open(SOON)
    const told = new Promise<number>((resolve) => c.onChanged(resolve))
    expect(c.store.get('notices', id)?.title).toBe('改过的标题') // read back as it is
    expect((await checkpoint(c)).recordsDiffer).toBeUndefined() // before the check
    expect(await told).toBe(c.store.head().seq)
    expect(c.store.recordsDiffer()).toEqual({ coll: 'notices', id })
    const cp = await checkpoint(c)
    expect(cp.recordsDiffer).toBe(true)
    expect(cp.halted).toBeUndefined()
  })

  it('an untouched folder: the check runs and says nothing', async () => {
    const c = await open(SOON)
    const check = vi.spyOn(c.store, 'checkRecords')
    let told = false
    c.onChanged(() => (told = true))
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1))
    await check.mock.results[0]!.value
    expect(told).toBe(false)
    expect(c.store.recordsDiffer()).toBeNull()
    expect((await checkpoint(c)).recordsDiffer).toBeUndefined()
  })

  it('waits its turn: no check before the time set', async () => {
    const c = await open({ firstAfterMs: 60_000, everyMs: 3_600_000 })
    const check = vi.spyOn(c.store, 'checkRecords')
    await new Promise((r) => setTimeout(r, 50))
    expect(check).not.toHaveBeenCalled()
  })
})
