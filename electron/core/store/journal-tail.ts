/**
 * What opening a journal decides before it changes a byte: whether a last line without its
 * newline is a torn write, whether the lines a mark vouches for are unchanged, and the copy of
 * a journal that failed its check, kept as evidence.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256Hex } from './canonical'
import { markedOffset, type FlushMark } from './flush-mark'
import { errorCode, fsyncDir } from './fs-safe'
import { hashPiecesElsewhere, PIECE, PieceDigest, type PieceHashing } from './journal-digest'
import { parseLine } from './journal-format'
import { JOURNAL_FILE, readJournalBytes } from './journal-scan'

/** A complete line that failed its check: the journal stops at the last good entry before it. */
export interface JournalHalt {
  /** Seq of the last good entry (0 when the first line is bad). */
  seq: number
  /** Line number of the bad line, and why it failed (Chinese). */
  line: number
  reason: string
  /** Name of the byte-for-byte copy of the journal kept beside it. */
  evidence: string
}

export type Tail = { trimAt: number } | { repair: true } | null

/**
 * Decides what to do with a last line that lacks its newline: a torn, never-acknowledged append
 * is trimmed; a whole entry the documents already hold gets its newline back. A complete line
 * (with its newline) is never a torn write, whatever it holds: the scan judges it.
 */
export function inspectTail(buf: Buffer, protectSeq: number): Tail {
  if (buf.length === 0 || buf[buf.length - 1] === 10) return null
  const start = buf.lastIndexOf(10, buf.length - 1) + 1
  const parsed = parseLine(buf.toString('utf8', start))
  const acknowledged = parsed !== null && parsed.entry.seq <= protectSeq
  return acknowledged ? { repair: true } : { trimAt: start }
}

/** The journal being read at start: from `base` on here, the pieces before `base` elsewhere. */
export interface EarlyJournal {
  /** 0, or a piece boundary at least 256 bytes before the end of the mark's entry. */
  base: number
  /** The file's bytes from `base` to its end. */
  bytes: Promise<Buffer>
  pieces: PieceHashing
}

/**
 * Starts reading the journal: with a mark of this digest kind, only the last piece or two
 * before the mark and what follows it are read here; the pieces before are hashed elsewhere.
 */
export function readJournalEarly(path: string, mark: FlushMark | null | undefined): EarlyJournal {
  const upTo = mark?.journal?.piece === PIECE ? mark.journal.bytes : 0
  const base = Math.floor(Math.max(0, upTo - 256) / PIECE) * PIECE
  const bytes = readJournalBytes(path, base)
  bytes.catch(() => undefined) // awaited by settleStart; a failure surfaces there
  return { base, bytes, pieces: hashPiecesElsewhere(path, base) }
}

/** What opening decided about the bytes it read. */
export interface StartState {
  /** Where `found` starts in the file (0 unless the mark's prefix was trusted). */
  base: number
  found: Buffer
  tail: Tail
  /** `found` with the torn tail trimmed or its newline put back. */
  buf: Buffer
  /** File offset just after the marked entry when the prefix hashes as the mark says, else null. */
  offset: number | null
  /** The digest of the file up to the end of `buf`'s trusted part (all of it when offset is null: not yet fed). */
  digest: PieceDigest
}

function settle(
  base: number,
  found: Buffer,
  pieces: Buffer,
  mark: FlushMark | undefined,
  protectSeq: number,
): StartState {
  const tail = inspectTail(found, protectSeq)
  const buf =
    tail === null
      ? found
      : 'repair' in tail
        ? Buffer.concat([found, Buffer.from('\n')])
        : found.subarray(0, tail.trimAt)
  const digest = new PieceDigest(pieces)
  const rel = mark?.journal?.piece === PIECE ? markedOffset(buf, mark) : null
  if (typeof rel === 'number' && base + rel === mark?.journal?.bytes) {
    digest.update(buf.subarray(0, rel))
    if (digest.hex() === mark.journal.sha256)
      return { base, found, tail, buf, offset: base + rel, digest }
  }
  return { base, found, tail, buf, offset: null, digest: new PieceDigest() }
}

/**
 * Waits for the early read and decides: the prefix up to the mark is trusted only when its
 * digest (the pieces hashed elsewhere, the rest here) is the mark's; otherwise the whole file
 * is read and every line will be checked.
 */
export async function settleStart(
  path: string,
  early: EarlyJournal,
  mark: FlushMark | undefined,
  protectSeq: number,
): Promise<StartState> {
  const found = await early.bytes
  if (early.base === 0) return settle(0, found, Buffer.alloc(0), mark, protectSeq)
  const pieces = mark ? await early.pieces.done : null
  if (pieces) {
    const got = settle(early.base, found, pieces, mark, protectSeq)
    if (got.offset !== null) return got
  }
  early.pieces.stop()
  return settle(0, await readJournalBytes(path), Buffer.alloc(0), mark, protectSeq)
}

/** Copies the journal aside, once per distinct content, so the evidence outlives any repair. */
export async function keepEvidence(dir: string, buf: Buffer, line: number): Promise<string> {
  const name = `${JOURNAL_FILE}.bad-line${line}-${sha256Hex(buf).slice(0, 12)}`
  try {
    await writeFile(join(dir, name), buf, { flag: 'wx' })
    await fsyncDir(dir)
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err
  }
  return name
}
