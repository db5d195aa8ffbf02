/** A Store held entirely in memory, with the same hash chain: for services' unit tests. */
import { checkpointHash } from '../../../contract/checkpoint'
import { DocSet } from './doc-set'
import { EMPTY_HEAD, makeEntry, type ChainHead } from './journal-format'
import { touches } from './journal'
import { scanJournal } from './journal-scan'
import { replayJournal } from './records-check'
import { StoreCore } from './store-core'
import type { JournalEntry, Store } from './types'

/** Like lowdb's Memory adapter: nothing touches the disk, but commits, heads and verify behave alike. */
export function createMemoryStore(now: () => Date = () => new Date()): Store {
  const entries: JournalEntry[] = []
  const lines: string[] = []
  let head: ChainHead = EMPTY_HEAD
  return new StoreCore(
    new DocSet(),
    {
      append: async (fields) => {
        const { entry, line } = makeEntry(head, fields)
        entries.push(entry)
        lines.push(`${line}\n`)
        head = { seq: entry.seq, hash: entry.hash, at: entry.at }
        return entry
      },
      head: () => head,
      persist: async () => {},
      verify: async () => {
        const result = scanJournal(Buffer.from(lines.join(''), 'utf8'))
        const checkpoint = {
          seq: result.head.seq,
          hash: checkpointHash(result.head.hash),
          at: result.head.at,
        }
        return result.firstBad
          ? { ok: false, entries: result.entries, head: checkpoint, firstBad: result.firstBad }
          : { ok: true, entries: result.entries, head: checkpoint }
      },
      replay: async () => replayJournal(Buffer.from(lines.join(''), 'utf8')),
      history: async (coll, id) => entries.filter((e) => touches(e, coll, id)),
      entryAt: async (seq) => entries[seq - 1] ?? null,
      close: async () => {},
    },
    now,
  )
}
