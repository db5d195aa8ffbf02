/**
 * Readers key caches on store.head() (e.g. the ledger grouped by period): the head must never
 * run ahead of the records in memory, even while an entry is durable but not yet applied.
 */
import { describe, expect, it } from 'vitest'
import { DocSet } from '../../../../../electron/core/store/doc-set'
import {
  EMPTY_HEAD,
  makeEntry,
  type ChainHead,
} from '../../../../../electron/core/store/journal-format'
import { StoreCore } from '../../../../../electron/core/store/store-core'

describe('store.head()', () => {
  it('moves in the same step as the records, not when the journal line lands', async () => {
    let journalHead: ChainHead = EMPTY_HEAD
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const store = new StoreCore(
      new DocSet(),
      {
        append: async (fields) => {
          const { entry } = makeEntry(journalHead, fields)
          journalHead = { seq: entry.seq, hash: entry.hash, at: entry.at }
          await held // the line is on disk; the store has not applied it yet
          return entry
        },
        head: () => journalHead,
        persist: async () => {},
        verify: async () => ({ ok: true, entries: 0, head: { seq: 0, hash: '', at: '' } }),
        replay: async () => new DocSet(),
        history: async () => [],
        entryAt: async () => null,
        close: async () => {},
      },
      () => new Date('2026-11-25T00:00:00Z'),
    )
    const saving = store.commit({
      actor: null,
      action: 'test.put',
      entity: 'notices',
      id: 'n1',
      puts: [{ coll: 'notices', id: 'n1', value: { id: 'n1', title: '通知' } }],
    })
    await new Promise((r) => setTimeout(r, 5))
    expect(journalHead.seq).toBe(1)
    // Between the two steps a reader sees the old head together with the old records.
    expect(store.head().seq).toBe(0)
    expect(store.get('notices', 'n1')).toBeUndefined()
    release()
    await saving
    expect(store.head().seq).toBe(1)
    expect(store.get('notices', 'n1')).toMatchObject({ title: '通知' })
  })
})
