/**
 * journal.mark: how far the documents on disk are known to be complete, so opening a folder
 * replays and hash-checks only the journal's tail instead of ten years of entries. It is a
 * hint, never trusted blindly: it must name the journal's own entry (seq and hash) and every
 * document must be at least as new as when it was written; otherwise the whole journal is read.
 */
import { open, readFile, rename, writeFile } from 'node:fs/promises'
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
    map(m.updated, 'string')
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

/** The end of a journal from a line boundary before the marked entry, read from the disk. */
export interface MarkedTail {
  buf: Buffer
  /** Where buf starts in the file. */
  base: number
  /** Just after the marked entry's line, within buf. */
  offset: number
}

/**
 * Reads only as much of the journal's end as holds the marked entry (64 KiB, then four times
 * more each round); null when the journal does not hold it.
 */
export async function readMarkedTail(
  path: string,
  mark: Pick<FlushMark, 'seq' | 'hash'>,
): Promise<MarkedTail | null> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    return null
  }
  try {
    const size = (await handle.stat()).size
    for (let chunk = 1 << 16; ; chunk *= 4) {
      const from = Math.max(0, size - chunk)
      const bytes = Buffer.alloc(size - from)
      await handle.read(bytes, 0, bytes.length, from)
      const nl = from > 0 ? bytes.indexOf(10) : -1
      if (from > 0 && nl === -1) continue
      const buf = from > 0 ? bytes.subarray(nl + 1) : bytes
      const offset = markedOffset(buf, mark)
      if (typeof offset === 'number') return { buf, base: from > 0 ? from + nl + 1 : 0, offset }
      if (offset === null || from === 0) return null
    }
  } finally {
    await handle.close()
  }
}

/** The chain head the marked entry stands for. */
export const markHead = (mark: FlushMark): ChainHead => ({
  seq: mark.seq,
  hash: mark.hash,
  at: mark.at,
})
