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

/** Every record of a collection by id. */
function byId(docs: DocSet, coll: string): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const r of docs.all(coll)) out.set(String((r as { id?: unknown }).id), r)
  return out
}

/**
 * The same record: written the same way (both come from one journal put, so their keys are in
 * one order), or else the same once keys are sorted. The first test is the quick one for
 * tens of thousands of ledger lines; the second keeps a difference of key order from counting.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b)
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
    const id = ids.find((i) => !same(want.get(i), have.get(i)))
    if (id !== undefined) return { checked, first: { coll, id } }
  }
  return { checked }
}
