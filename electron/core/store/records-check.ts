/**
 * Whether the records in memory are what the journal says. Documents are caches of the journal,
 * each sealed only with its own checksum: a document edited outside the program, checksum made
 * to match, is read back as it is and shown. The 监委's 核验 rebuilds every record from the
 * journal alone and compares, record by record.
 */
import { canonicalJson } from './canonical'
import { DocSet } from './doc-set'
import { scanJournal } from './journal-scan'
import type { RecordsCheck } from './types'

/** The documents the journal alone makes, up to its last good line. */
export function replayJournal(
  bytes: Buffer,
  onBadPut?: (line: number, err: unknown) => void,
): DocSet {
  const docs = new DocSet()
  scanJournal(
    bytes,
    (entry, line) => {
      try {
        docs.apply(entry.seq, entry.data.puts)
      } catch (err) {
        onBadPut?.(line, err)
      }
    },
    undefined,
    true,
  )
  return docs
}

/** Every record of a collection by id, as one comparable string each. */
function byId(docs: DocSet, coll: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const r of docs.all(coll)) out.set(String((r as { id?: unknown }).id), canonicalJson(r))
  return out
}

/** The first record (by collection, then id) `shown` holds otherwise than `truth`, or lacks. */
export function compareRecords(shown: DocSet, truth: DocSet): RecordsCheck {
  let checked = 0
  const colls = [...new Set([...shown.collections(), ...truth.collections()])].sort()
  for (const coll of colls) {
    const want = byId(truth, coll)
    const have = byId(shown, coll)
    checked += want.size
    const ids = [...new Set([...want.keys(), ...have.keys()])].sort()
    const id = ids.find((i) => want.get(i) !== have.get(i))
    if (id !== undefined) return { checked, first: { coll, id } }
  }
  return { checked }
}
