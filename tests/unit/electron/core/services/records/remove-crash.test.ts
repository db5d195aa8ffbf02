/**
 * Deleting a draft is a journaled put with value null. A power cut after the journal line is
 * fsynced and before any data file is written: the next start replays the line and the draft is
 * gone, and the 核验 (records rebuilt from the journal alone) finds no difference.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../../../../electron/core/store'
import type { Change, CollectionName, Store } from '../../../../../../electron/core/store'

const clock = () => new Date('2026-03-05T08:00:00.000Z')
const actor = { id: 'u1', name: '张会计' }
const change = (coll: CollectionName, id: string, value: unknown, verb = 'save'): Change => ({
  actor,
  action: `${coll}.${verb}`,
  entity: coll,
  id,
  puts: [{ coll, id, value }],
})

let dir: string
let store: Store | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remove-crash-'))
})
afterEach(async () => {
  await store?.close()
  store = undefined
  await rm(dir, { recursive: true, force: true })
})

/** Every file but the journal, as it is now; put back to undo whatever was written after. */
async function snapshot(): Promise<() => Promise<void>> {
  const copy = `${dir}-snap`
  await rm(copy, { recursive: true, force: true })
  await cp(dir, copy, { recursive: true })
  return async () => {
    for (const n of await readdir(dir))
      if (n !== 'journal.jsonl') await rm(join(dir, n), { recursive: true, force: true })
    for (const n of await readdir(copy))
      if (n !== 'journal.jsonl') await cp(join(copy, n), join(dir, n), { recursive: true })
    await rm(copy, { recursive: true, force: true })
  }
}

const cases: Array<[string, CollectionName, Record<string, unknown>]> = [
  ['a notice draft', 'notices', { id: 'n1', title: '草稿', status: 'draft' }],
  [
    'a ledger draft this year',
    'ledger',
    { id: 'l1', date: '2026-02-01', summary: '买水泥', amountFen: 100 },
  ],
  [
    'a ledger draft of an older year',
    'ledger',
    { id: 'l2', date: '2023-02-01', summary: '买水泥', amountFen: 100 },
  ],
]

describe('a draft deleted, power cut before its data file is written', () => {
  for (const [what, coll, value] of cases) {
    it(`${what}: replayed at the next start, gone, and the 核验 agrees`, async () => {
      store = await openStore({ dir, now: clock })
      await store.commit(change(coll, String(value.id), value))
      await store.commit(change('notices', 'keep', { id: 'keep', title: '留着' }))
      await store.flush()
      const undo = await snapshot()
      await store.commit(change(coll, String(value.id), null, 'remove'))
      const head = store.head()
      await store.close()
      store = undefined
      await undo()
      // The data files still hold the draft: only the journal knows it is deleted.
      const files = (await readdir(dir)).filter((n) => n.endsWith('.json'))
      const text = (await Promise.all(files.map((n) => readFile(join(dir, n), 'utf8')))).join('')
      expect(text).toContain(`"${String(value.id)}"`)
      store = await openStore({ dir, now: clock })
      expect(store.head()).toEqual(head)
      await store.checkRecords()
      expect(store.get(coll, String(value.id))).toBeUndefined()
      expect(store.get('notices', 'keep')).toBeDefined()
      const check = await store.checkRecords()
      expect(check.first).toBeFalsy()
      expect(store.recordsDiffer()).toBeFalsy()
      // And once more after the documents are written.
      await store.close()
      store = await openStore({ dir, now: clock })
      expect(store.get(coll, String(value.id))).toBeUndefined()
      expect((await store.checkRecords()).first).toBeFalsy()
    })
  }
})
