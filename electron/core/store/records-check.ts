/**
 * Whether the records in memory are what the journal says. Documents are caches of the journal,
 * each sealed only with its own checksum: a document edited outside the program, checksum made
 * to match, is read back as it is and shown. The 监委's 核验 rebuilds every record from the
 * journal alone and compares, record by record.
 */
import { canonicalJson } from './canonical'
import { DocSet } from './doc-set'
import { scanJournal, type ScanStart } from './journal-scan'
import type { RecordsCheck } from './types'

/** Lets other work run between slices of a long check (core's thread stays responsive). */
export type Pause = () => Promise<void>

/** A turn of the event loop: calls queued meanwhile are answered before the check goes on. */
export const nextTurn: Pause = () => new Promise((resolve) => setImmediate(resolve))

/** About this much journal is replayed between pauses (a few milliseconds of work). */
const SLICE_BYTES = 256 * 1024

/**
 * The documents the journal alone makes, up to its last good line. With `pause`, the journal is
 * replayed a slice of whole lines at a time, pausing between slices: ten years take seconds on
 * an old PC, and a villager's tap meanwhile must not wait for all of it.
 */
export async function replayJournal(
  bytes: Buffer,
  onBadPut?: (line: number, err: unknown) => void,
  pause?: Pause,
  sliceBytes = SLICE_BYTES,
): Promise<DocSet> {
  const docs = new DocSet()
  let start: ScanStart | undefined
  for (let pos = 0; pos < bytes.length;) {
    let end = pause ? Math.min(bytes.length, pos + sliceBytes) : bytes.length
    if (end < bytes.length) {
      const nl = bytes.indexOf(10, end - 1)
      end = nl === -1 ? bytes.length : nl + 1
    }
    const r = scanJournal(
      bytes.subarray(pos, end),
      (entry, line) => {
        try {
          docs.apply(entry.seq, entry.data.puts)
        } catch (err) {
          onBadPut?.(line, err)
        }
      },
      start,
      true,
    )
    if (r.firstBad) break
    start = { head: r.head, line: (start?.line ?? 0) + r.entries }
    pos = end
    if (pause && pos < bytes.length) await pause()
  }
  return docs
}

/** A key held twice (in two documents): never what the journal makes, always a difference. */
const TWICE = Symbol('twice')

/**
 * Every record of a collection by the key it is stored under, as lists show them all: a record
 * added under a new key (whatever id it claims) or held in two documents counts on its own.
 */
function byKey(docs: DocSet, coll: string): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, r] of docs.entries(coll)) out.set(key, out.has(key) ? TWICE : r)
  return out
}

/**
 * The same record: written the same way (both come from one journal put, so their keys are in
 * one order), or else the same once keys are sorted. The first test is the quick one for
 * tens of thousands of ledger lines; the second keeps a difference of key order from counting.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === TWICE || b === TWICE) return false
  if (a === undefined || b === undefined) return a === b
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b)
}

/** Records compared between pauses. */
const SLICE_RECORDS = 2000

/**
 * The first record (by collection, then key) `shown` holds otherwise than `truth`, or lacks;
 * with `pause`, pausing after every few thousand records.
 */
export async function compareRecords(
  shown: DocSet,
  truth: DocSet,
  pause?: Pause,
): Promise<RecordsCheck> {
  let checked = 0
  const colls = [...new Set([...shown.collections(), ...truth.collections()])].sort()
  for (const coll of colls) {
    const want = byKey(truth, coll)
    const have = byKey(shown, coll)
    checked += want.size
    const ids = [...new Set([...want.keys(), ...have.keys()])].sort()
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (!same(want.get(id), have.get(id))) return { checked, first: { coll, id } }
      if (pause && i % SLICE_RECORDS === SLICE_RECORDS - 1) await pause()
    }
  }
  return { checked }
}
