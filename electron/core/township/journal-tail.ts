/**
 * Reads the journal's entries after a seq from the end of the file backwards, a chunk at a
 * time: a publish in a ten-year village reads its last few entries, not the whole journal.
 */
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { JOURNAL_FILE } from '../store/journal-scan'
import type { JournalEntry } from '../store/types'

const CHUNK = 1 << 20

function seqOf(line: Buffer): number {
  return (JSON.parse(line.toString('utf8')) as JournalEntry).seq
}

/** Entries with seq > `after`, oldest first; a torn last line (no newline) is left out. */
export async function journalAfter(dataDir: string, after: number): Promise<JournalEntry[]> {
  const fd = await open(join(dataDir, JOURNAL_FILE), 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
  if (!fd) return []
  let buf = Buffer.alloc(0)
  let pos: number
  try {
    pos = (await fd.stat()).size
    // Prepend chunks until the first whole line in hand is at or before `after`, or the start.
    while (pos > 0) {
      const len = Math.min(CHUNK, pos)
      pos -= len
      const chunk = Buffer.alloc(len)
      await fd.read(chunk, 0, len, pos)
      buf = Buffer.concat([chunk, buf])
      if (pos === 0) break
      const start = buf.indexOf(10) + 1
      const end = buf.indexOf(10, start)
      if (start > 0 && end > start && seqOf(buf.subarray(start, end)) <= after) break
    }
  } finally {
    await fd.close()
  }
  // Whole lines only: skip a partial first line (unless at the start) and a torn last one.
  const from = pos === 0 ? 0 : buf.indexOf(10) + 1
  const lines = buf
    .subarray(from, buf.lastIndexOf(10) + 1)
    .toString('utf8')
    .split('\n')
  const out: JournalEntry[] = []
  for (const line of lines) {
    if (!line) continue
    const entry = JSON.parse(line) as JournalEntry
    if (entry.seq > after) out.push(entry)
  }
  return out
}
