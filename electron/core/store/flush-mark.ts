/**
 * journal.mark: how far the documents on disk are known to be complete, so opening a folder
 * replays and hash-checks only the journal's tail instead of ten years of entries. It is a
 * hint, never trusted blindly: it must name the journal's own entry (seq and hash) and every
 * document must be at least as new as when it was written; otherwise the whole journal is read.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChainHead } from './journal-format'
import { tempPath } from './fs-safe'

/** File name inside the data folder (not a document, so backups and listings skip it). */
export const MARK_FILE = 'journal.mark'

export interface FlushMark {
  /** Every entry up to this one is in the documents on disk. */
  seq: number
  /** Full hash and time of that entry. */
  hash: string
  at: string
  /** Each document's seq when the mark was written. */
  docs: Record<string, number>
  /** Time of the last entry touching each collection (Store.lastUpdated). */
  updated: Record<string, string>
  /**
   * Length and sha256 of the journal up to the marked entry: an open that skips those lines
   * still notices a single changed byte in them (one hash over the bytes, no parsing).
   */
  journal?: JournalDigest
}

/** How many bytes of the journal a digest covers, and their digest (see journal-digest.ts). */
export interface JournalDigest {
  bytes: number
  sha256: string
  /** Piece size of the digest; a mark without it (plain sha256, older) is not trusted. */
  piece?: number
}

function isMark(v: unknown): v is FlushMark {
  if (!v || typeof v !== 'object') return false
  const m = v as Record<string, unknown>
  const map = (x: unknown, kind: 'number' | 'string') =>
    !!x && typeof x === 'object' && Object.values(x).every((y) => typeof y === kind)
  return (
    Number.isInteger(m.seq) &&
    (m.seq as number) > 0 &&
    typeof m.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(m.hash) &&
    typeof m.at === 'string' &&
    map(m.docs, 'number') &&
    map(m.updated, 'string') &&
    (m.journal === undefined || isDigest(m.journal))
  )
}

function isDigest(v: unknown): v is JournalDigest {
  const d = v as Record<string, unknown> | null
  return (
    !!d &&
    typeof d === 'object' &&
    Number.isInteger(d.bytes) &&
    typeof d.sha256 === 'string' &&
    (d.piece === undefined || Number.isInteger(d.piece)) &&
    /^[0-9a-f]{64}$/.test(d.sha256)
  )
}

/** The folder's mark, or null when there is none or it cannot be read. */
export async function readMark(dir: string): Promise<FlushMark | null> {
  try {
    const v: unknown = JSON.parse(await readFile(join(dir, MARK_FILE), 'utf8'))
    return isMark(v) ? v : null
  } catch {
    return null
  }
}

/**
 * Writes the mark by temp file and rename, without fsync: after a power cut it is either a
 * mark that was true when written, or unreadable (then the whole journal is read once).
 */
export async function writeMark(dir: string, mark: FlushMark): Promise<void> {
  const path = join(dir, MARK_FILE)
  const tmp = tempPath(path)
  await writeFile(tmp, JSON.stringify(mark))
  await rename(tmp, path)
}

/** True when every document is at least as new as the mark says it was. */
export function docsFit(mark: FlushMark, seqs: ReadonlyMap<string, number>): boolean {
  for (const [file, seq] of Object.entries(mark.docs)) {
    const now = seqs.get(file)
    if (now === undefined || now < seq) return false
  }
  for (const [file, seq] of seqs) if (!(file in mark.docs) && seq <= mark.seq) return false
  return true
}

const LINE_END = /"seq":(\d+),"hash":"([0-9a-f]{64})"\}$/

/**
 * Byte offset just after the marked entry's line, found from the end of `buf` (which starts
 * at a line boundary); null when the journal holds no such line with that hash, 'more' when
 * the line lies before the start of `buf`.
 */
export function markedOffset(
  buf: Buffer,
  mark: Pick<FlushMark, 'seq' | 'hash'>,
): number | null | 'more' {
  let end = buf.length
  while (end > 0) {
    const lineEnd = buf[end - 1] === 10 ? end - 1 : end
    const start = buf.lastIndexOf(10, lineEnd - 1) + 1
    const m = LINE_END.exec(buf.toString('latin1', Math.max(start, lineEnd - 100), lineEnd))
    if (!m) return null
    const seq = Number(m[1])
    if (seq === mark.seq) return m[2] === mark.hash ? end : null
    if (seq < mark.seq) return null
    end = start
  }
  return 'more'
}

/** The chain head the marked entry stands for. */
export const markHead = (mark: FlushMark): ChainHead => ({
  seq: mark.seq,
  hash: mark.hash,
  at: mark.at,
})
