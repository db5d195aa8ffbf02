/** Reads a journal front to back checking hashes, links and seqs; linear in the file size. */
import { checkpointHash } from '../../../contract/checkpoint'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from './fs-safe'
import { EMPTY_HEAD, parseLine, type ChainHead } from './journal-format'
import type { JournalEntry, VerifyReport } from './types'

/** File name of the journal inside the data folder. */
export const JOURNAL_FILE = 'journal.jsonl'

/** The first problem found, in the shape VerifyReport uses. */
export interface BadLine {
  seq: number
  line: number
  reason: string
}

export interface ScanResult {
  /** Lines seen, good or bad. */
  entries: number
  /** The last readable entry. */
  head: ChainHead
  firstBad?: BadLine
}

/** Called for every readable entry in order; ok is false when its hash, link or seq is wrong. */
export type Visit = (entry: JournalEntry, line: number, ok: boolean) => void

/** Where a scan of a journal's tail starts: the entry before it, and its line number. */
export interface ScanStart {
  head: ChainHead
  line: number
}

/**
 * Splits the buffer into lines and checks each against the one before it (or `start`). With
 * `stopAtBad` (opening a folder) nothing from the first bad line on is visited or counted: the
 * head stays at the last good entry, since a bad line cannot vouch for what follows it.
 */
export function scanJournal(
  buf: Buffer,
  visit?: Visit,
  start?: ScanStart,
  stopAtBad = false,
): ScanResult {
  let head: ChainHead = start?.head ?? EMPTY_HEAD
  let prevHash: string | null = head.hash
  let prevSeq = head.seq
  let line = start?.line ?? 0
  let firstBad: BadLine | undefined
  // Decoded once; '\n' is a single byte in UTF-8, so string and byte positions stay in step.
  const str = buf.toString('utf8')
  for (let pos = 0, at = 0; pos < buf.length;) {
    const nl = buf.indexOf(10, pos)
    const end = nl === -1 ? buf.length : nl
    const strNl = str.indexOf('\n', at)
    const text = str.slice(at, strNl === -1 ? str.length : strNl)
    const parsed = parseLine(text, buf.subarray(pos, end))
    pos = end + 1
    at = strNl + 1
    line++
    let reason = ''
    if (!parsed) {
      reason = `第 ${line} 行不是完整的记录（可能写入时断电或被改动）`
      if (stopAtBad) {
        firstBad = { seq: prevSeq + 1, line, reason }
        break
      }
      prevHash = null
      prevSeq++
    } else {
      const { entry, hashOk } = parsed
      if (!hashOk) reason = `第 ${line} 行的内容与它的校验值不符（记录被改动）`
      else if (entry.seq !== prevSeq + 1) {
        reason = `第 ${line} 行的序号应为 ${prevSeq + 1}，实际为 ${entry.seq}（有记录缺失或重复）`
      } else if (prevHash !== null && entry.prev !== prevHash) {
        reason = `第 ${line} 行与上一条记录的链接断开（前面的记录被改动、删除或插入）`
      } else if (nl === -1) reason = `第 ${line} 行缺少结尾换行（记录没有写完）`
      if (reason && stopAtBad) {
        firstBad = { seq: prevSeq + 1, line, reason }
        break
      }
      visit?.(entry, line, reason === '')
      head = { seq: entry.seq, hash: entry.hash, at: entry.at }
      prevHash = entry.hash
      // A line failing its hash cannot vouch for its own seq: count it by position instead.
      prevSeq = hashOk ? entry.seq : prevSeq + 1
    }
    if (reason && !firstBad) firstBad = { seq: prevSeq, line, reason }
  }
  return { entries: line, head, firstBad }
}

/**
 * Reads the journal file (from byte `from` on); a missing file is an empty journal. One read
 * request for the whole file, where readFile asks 512 KB at a time and each piece waits for
 * this thread: started beside the documents' parsing, the bytes arrive while those are parsed.
 */
export async function readJournalBytes(path: string, from = 0): Promise<Buffer> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return Buffer.alloc(0)
    throw err
  }
  try {
    const size = Math.max(0, (await handle.stat()).size - from)
    const buf = Buffer.allocUnsafe(size)
    let at = 0
    while (at < size) {
      const { bytesRead } = await handle.read(buf, at, size - at, from + at)
      if (bytesRead === 0) break
      at += bytesRead
    }
    return at === size ? buf : buf.subarray(0, at)
  } finally {
    await handle.close()
  }
}

/** Independent check of a journal (data folder or file path): every hash, link and seq. */
export async function verifyJournal(dirOrPath: string): Promise<VerifyReport> {
  const path = dirOrPath.endsWith('.jsonl') ? dirOrPath : join(dirOrPath, JOURNAL_FILE)
  const result = scanJournal(await readJournalBytes(path))
  const head = { seq: result.head.seq, hash: checkpointHash(result.head.hash), at: result.head.at }
  const report: VerifyReport = { ok: !result.firstBad, entries: result.entries, head }
  if (result.firstBad) report.firstBad = result.firstBad
  return report
}
