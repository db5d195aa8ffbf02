/**
 * 核验码 lookup after a power cut tore the journal's last line: the store trims the torn tail at
 * start, and checkpointAt answers every number up to the last good entry as before, nothing past
 * it, and the next change takes the torn line's number with its own code.
 */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../../../electron/core/store'
import type { Change, Store } from '../../../../../electron/core/store'

const clock = () => new Date('2026-03-05T08:00:00.000Z')
const change = (id: string): Change => ({
  actor: { id: 'u1', name: '张会计' },
  action: 'notices.save',
  entity: 'notices',
  id,
  puts: [{ coll: 'notices', id, value: { id, title: `公告 ${id}` } }],
})

let dir: string
let store: Store | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'checkpoint-torn-'))
})
afterEach(async () => {
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('checkpointAt after a torn last line', () => {
  it('answers up to the last good entry, nothing past it, and the next change after', async () => {
    store = await openStore({ dir, now: clock })
    for (const id of ['a', 'b', 'c']) await store.commit(change(id))
    const codes = await Promise.all([1, 2, 3].map((n) => store!.checkpointAt(n)))
    // The fourth change's line, cut by the power halfway, never acknowledged.
    const journal = join(dir, 'journal.jsonl')
    const lines = (await readFile(journal, 'utf8')).split('\n')
    await store.close()
    const torn = lines[2]!.replace('"seq":3', '"seq":4').slice(0, 60)
    await appendFile(journal, torn)
    store = await openStore({ dir, now: clock })
    expect(store.head().seq).toBe(3)
    for (const n of [1, 2, 3]) expect(await store.checkpointAt(n)).toEqual(codes[n - 1])
    expect(await store.checkpointAt(4)).toBeNull()
    await store.commit(change('d'))
    const fourth = await store.checkpointAt(4)
    expect(fourth?.seq).toBe(4)
    for (const n of [1, 2, 3]) expect(await store.checkpointAt(n)).toEqual(codes[n - 1])
    await store.close()
    store = await openStore({ dir, now: clock })
    expect(await store.checkpointAt(4)).toEqual(fourth)
    expect(await store.checkpointAt(3)).toEqual(codes[2])
    expect((await store.verify()).ok).toBe(true)
  })
})
