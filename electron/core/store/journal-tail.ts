/**
 * What opening a journal decides before it changes a byte: whether a last line without its
 * newline is a torn write, whether the lines a mark vouches for are unchanged, and the copy of
 * a journal that failed its check, kept as evidence.
 */
import type { Hash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256Hex } from './canonical'
import { markedOffset, type FlushMark } from './flush-mark'
import { errorCode, fsyncDir } from './fs-safe'
import { parseLine } from './journal-format'
import { JOURNAL_FILE } from './journal-scan'

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

/** Bytes up to the marked entry when they hash as the mark says, else null (read everything). */
export function trustedPrefix(
  buf: Buffer,
  mark: FlushMark | undefined,
  digest: Hash,
): number | null {
  if (!mark?.journal) return null
  const offset = markedOffset(buf, mark)
  if (offset !== mark.journal.bytes) return null
  digest.update(buf.subarray(0, offset))
  return digest.copy().digest('hex') === mark.journal.sha256 ? offset : null
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
