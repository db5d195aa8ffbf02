/** Reads the journal's entries after a seq, from the end of the file backwards: a publish reads only its tail. */
import { join } from 'node:path'
import { readJournalBytes, JOURNAL_FILE } from '../store/journal-scan'
import type { JournalEntry } from '../store/types'

/** Entries with seq > `after`, oldest first; a torn last line (no newline) is left out. */
export async function journalAfter(dataDir: string, after: number): Promise<JournalEntry[]> {
  const buf = await readJournalBytes(join(dataDir, JOURNAL_FILE))
  const out: JournalEntry[] = []
  let end = buf.lastIndexOf(10)
  while (end > 0) {
    const start = buf.lastIndexOf(10, end - 1) + 1
    const entry = JSON.parse(buf.subarray(start, end).toString('utf8')) as JournalEntry
    if (entry.seq <= after) break
    out.push(entry)
    end = start - 1
  }
  return out.reverse()
}
