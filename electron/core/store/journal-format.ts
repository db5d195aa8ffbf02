/** One journal line: how an entry is hashed, written and checked. Shared by disk and memory stores. */
import { canonicalJson, sha256Hex } from './canonical'
import type { JournalEntry, Put } from './types'

/** An entry before it is hashed. */
export type EntryBody = Omit<JournalEntry, 'hash'>
/** What a commit supplies; the chain (seq, prev, hash) is filled in by makeEntry. */
export type EntryFields = Omit<JournalEntry, 'seq' | 'prev' | 'hash'>

/** Where the chain stands: the last entry's seq, full hash and time. */
export interface ChainHead {
  seq: number
  hash: string
  at: string
}

/** The empty chain: the first entry links to ''. */
export const EMPTY_HEAD: ChainHead = { seq: 0, hash: '', at: '' }

const HASH_SUFFIX = /,"hash":"([0-9a-f]{64})"\}$/
const SUFFIX_LENGTH = ',"hash":"'.length + 64 + '"}'.length

/** sha256 of the canonical JSON of every field but the hash itself. */
export function entryHash(body: EntryBody): string {
  return sha256Hex(canonicalJson(body))
}

/** Next entry after head, with its line (canonical body, hash appended last, no newline). */
export function makeEntry(
  head: ChainHead,
  fields: EntryFields,
): { entry: JournalEntry; line: string } {
  const body: EntryBody = { ...fields, seq: head.seq + 1, prev: head.hash }
  const canonical = canonicalJson(body)
  const hash = sha256Hex(canonical)
  const line = `${canonical.slice(0, -1)},"hash":"${hash}"}`
  return { entry: JSON.parse(line) as JournalEntry, line }
}

function isPut(v: unknown): v is Put {
  if (!v || typeof v !== 'object') return false
  const p = v as Record<string, unknown>
  return (
    typeof p.file === 'string' &&
    typeof p.coll === 'string' &&
    typeof p.id === 'string' &&
    'value' in p
  )
}

/** Shape check of a parsed line; anything else counts as unreadable. */
export function isJournalEntry(v: unknown): v is JournalEntry {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false
  const e = v as Record<string, unknown>
  const actor = e.actor as Record<string, unknown> | null | undefined
  const data = e.data as Record<string, unknown> | null | undefined
  return (
    typeof e.seq === 'number' &&
    Number.isInteger(e.seq) &&
    typeof e.at === 'string' &&
    (actor === null ||
      (typeof actor === 'object' &&
        typeof actor.id === 'string' &&
        typeof actor.name === 'string')) &&
    typeof e.action === 'string' &&
    typeof e.entity === 'string' &&
    typeof e.id === 'string' &&
    typeof e.prev === 'string' &&
    typeof e.hash === 'string' &&
    !!data &&
    typeof data === 'object' &&
    Array.isArray(data.puts) &&
    data.puts.every(isPut)
  )
}

/** Parses and hash-checks one line (bytes: the same line as read, to skip re-encoding). */
export function parseLine(
  text: string,
  bytes?: Uint8Array,
): { entry: JournalEntry; hashOk: boolean } | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (!isJournalEntry(raw)) return null
  // Fast path for lines this module wrote: hash the bytes as they are, no re-serialising.
  const m = HASH_SUFFIX.exec(text)
  if (m && m[1] === raw.hash) {
    const body = bytes
      ? bytes.subarray(0, bytes.length - SUFFIX_LENGTH)
      : text.slice(0, -SUFFIX_LENGTH)
    if (sha256Hex(body, '}') === raw.hash) return { entry: raw, hashOk: true }
  }
  const { hash, ...body } = raw
  return { entry: raw, hashOk: entryHash(body) === hash }
}
