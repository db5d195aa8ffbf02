/** Re-making packages from the journal: where each package ends, and the whole outbox again. */
import type { JournalEntry } from '../store/types'
import { journalAfter } from './journal-tail'
import { loadOrCreateKey } from './keys'
import { nextPackage, outboxHead, writePackage } from './outbox'
import type { PublisherOptions } from './publisher'
import { Replay } from './replay'
import { isPublish } from './views'

/** Splits entries into runs that each end with a publish; a tail with no publish waits. */
export function segmentsOf(entries: JournalEntry[]): JournalEntry[][] {
  const out: JournalEntry[][] = []
  let run: JournalEntry[] = []
  for (const e of entries) {
    run.push(e)
    if (isPublish(e)) {
      out.push(run)
      run = []
    }
  }
  return out
}

/** Re-makes every package from the journal into `dir` (empty): byte for byte what the outbox holds. */
export async function remakeOutbox(
  o: Omit<PublisherOptions, 'outbox'> & { dir: string },
): Promise<number> {
  const key = await loadOrCreateKey(o.keyDir, o.seal)
  const replay = new Replay()
  let head = await outboxHead(o.dir)
  let made = 0
  const entries = await journalAfter(o.dataDir, 0)
  const ends = new Set(segmentsOf(entries).map((s) => s.at(-1)!.seq))
  let segment: JournalEntry[] = []
  for (const entry of entries) {
    replay.apply(entry)
    segment.push(entry)
    if (!ends.has(entry.seq)) continue
    const body = await nextPackage(head, segment, replay.store(), key, o.readAt)
    segment = []
    if (!body) continue
    await writePackage(o.dir, body, key)
    head = await outboxHead(o.dir)
    made++
  }
  return made
}
