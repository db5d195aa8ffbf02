/**
 * The records as they stood at any journal entry, rebuilt in memory from the journal: so a
 * package can be re-made later exactly as it was made at its publish.
 */
import { DocSet } from '../store/doc-set'
import { EMPTY_HEAD, type ChainHead } from '../store/journal-format'
import { StoreCore, type CoreState } from '../store/store-core'
import type { JournalEntry, Store } from '../store/types'

/** Applies journal entries in order; `store()` reads the records as of the last one applied. */
export class Replay {
  private readonly docs = new DocSet()
  private readonly state: CoreState = { updated: new Map(), alerts: [] }
  private head: ChainHead = EMPTY_HEAD

  apply(entry: JournalEntry): void {
    this.docs.apply(entry.seq, entry.data.puts)
    for (const p of entry.data.puts) this.state.updated.set(p.coll, entry.at)
    this.head = { seq: entry.seq, hash: entry.hash, at: entry.at }
  }

  /** A read-only Store over the records at this point (writing to it throws). */
  store(): Store {
    const head = this.head
    const refuse = () => Promise.reject(new Error('township: 重放的记录只能读'))
    return new StoreCore(
      this.docs,
      {
        append: refuse,
        head: () => head,
        persist: async () => {},
        verify: refuse,
        replay: refuse,
        history: async () => [],
        // Only the head is kept here (StoreCore answers it from memory).
        entryAt: async () => null,
        close: async () => {},
      },
      () => new Date(head.at),
      this.state,
    )
  }
}
