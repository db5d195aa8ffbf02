/** journal.jsonl: every change, fsynced before it is acknowledged, hash-chained for audit. */
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorageAlert } from '../../../contract'
import { markHead, type FlushMark, type JournalDigest } from './flush-mark'
import { errorCode, fsyncDir } from './fs-safe'
import { makeEntry, parseLine, type ChainHead, type EntryFields } from './journal-format'
import { PIECE, type PieceDigest } from './journal-digest'
import {
  keepEvidence,
  readJournalEarly,
  settleStart,
  type EarlyJournal,
  type JournalHalt,
} from './journal-tail'
import { JOURNAL_FILE, readJournalBytes, scanJournal, type Visit } from './journal-scan'
import type { CollectionName, JournalEntry } from './types'

export type { JournalHalt } from './journal-tail'

export interface JournalOpenOptions {
  now?: () => Date
  onAlert?: (alert: StorageAlert) => void
  /** Sees every good entry once, in order, up to the first bad line (replay and bookkeeping). */
  onEntry?: Visit
  /** Documents already hold entries up to this seq: such a line is repaired, never trimmed. */
  protectSeq?: number
  /** Documents are complete up to this entry: only what follows it is parsed and checked. */
  mark?: FlushMark
  /** Told before the first entry is seen whether the mark was trusted (false: read from the start). */
  onStart?: (fromMark: boolean) => void
  /** The read the caller started earlier, beside the documents (see readJournalEarly). */
  early?: EarlyJournal
}

async function withHandle(path: string, fn: (h: FileHandle) => Promise<void>): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await fn(handle)
  } finally {
    await handle.close()
  }
}

/** The append side of the journal; one instance per data folder. */
export class Journal {
  private broken = false

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle | null,
    private size: number,
    private last: ChainHead,
    /** True when opening read only the tail after the mark (the rest is left to verify()). */
    readonly fromMark: boolean,
    /** Digest of every byte of the file so far (journal.mark carries it). */
    private readonly digest: PieceDigest,
    /** Set when a complete line failed: nothing is appended, the file stays as it is. */
    readonly halt: JournalHalt | null,
  ) {}

  /**
   * Reads the journal, trims a torn last line (with an alert) and checks every line; with a mark
   * whose digest fits, only the lines after it are parsed. At the first complete line that fails,
   * replay stops, the file is left byte-for-byte as found (a copy is kept aside) and the journal
   * refuses appends: writing on after a broken link would bury the evidence.
   */
  static async open(dir: string, options: JournalOpenOptions = {}): Promise<Journal> {
    const path = join(dir, JOURNAL_FILE)
    const now = options.now ?? (() => new Date())
    const alert = (level: StorageAlert['level'], message: string): void =>
      options.onAlert?.({ at: now().toISOString(), level, file: JOURNAL_FILE, message })
    const early = options.early ?? readJournalEarly(path, null)
    const { base, found, tail, buf, offset, digest } = await settleStart(
      path,
      early,
      options.mark,
      options.protectSeq ?? 0,
    )
    options.onStart?.(offset !== null)
    const result =
      offset !== null && options.mark
        ? scanJournal(
            buf.subarray(offset - base),
            options.onEntry,
            { head: markHead(options.mark), line: options.mark.seq },
            true,
          )
        : scanJournal(buf, options.onEntry, undefined, true)
    if (result.firstBad) {
      const { line, reason } = result.firstBad
      const whole = base === 0 ? found : await readJournalBytes(path)
      const evidence = await keepEvidence(dir, whole, line)
      const seq = result.head.seq
      alert(
        'error',
        `变更日志第 ${line} 行核验未通过：${reason}。已停在第 ${seq} 条，之后的记录不再显示，也暂停保存；日志文件原样保留，并另存为 ${evidence}。请联系村务监督委员会核查，由管理员从备份恢复`,
      )
      const halt = { seq, line, reason, evidence }
      return new Journal(path, null, whole.length, result.head, false, digest, halt)
    }
    if (tail && 'repair' in tail) {
      await withHandle(path, (h) => h.appendFile('\n').then(() => h.sync()))
    } else if (tail) {
      await withHandle(path, (h) => h.truncate(base + tail.trimAt).then(() => h.sync()))
      alert(
        'warning',
        '变更日志末尾有一条没写完的记录（可能是写入时断电），已删除；它从未被确认保存，之前的记录完好',
      )
    }
    digest.update(offset === null ? buf : buf.subarray(offset - base))
    const handle = await open(path, 'a')
    // A journal created just now must survive a power cut as a name in the folder too.
    if (base + found.length === 0) await fsyncDir(dir)
    const size = base + buf.length
    return new Journal(path, handle, size, result.head, offset !== null, digest, null)
  }

  /** The last good entry's seq, hash and time. */
  get head(): ChainHead {
    return this.last
  }

  /** Length and sha256 of the journal when its last entry is `seq` (else null: moved on). */
  digestAt(seq: number): JournalDigest | null {
    if (this.halt || seq !== this.last.seq) return null
    return { bytes: this.size, sha256: this.digest.hex(), piece: PIECE }
  }

  /** Adds the next entry and fsyncs; resolves only once the line is on disk. */
  async append(fields: EntryFields): Promise<JournalEntry> {
    if (this.halt || !this.handle) {
      throw new Error(`store: 记录核验未通过，已停在第 ${this.last.seq} 条，暂停保存`)
    }
    if (this.broken) throw new Error('store: 变更日志此前写入失败，请重新启动程序')
    const { entry, line } = makeEntry(this.last, fields)
    const bytes = Buffer.from(`${line}\n`, 'utf8')
    try {
      for (let off = 0; off < bytes.length;) {
        const { bytesWritten } = await this.handle.write(bytes, off, bytes.length - off)
        off += bytesWritten
      }
      await this.handle.sync()
    } catch (err) {
      try {
        await this.handle.truncate(this.size)
        await this.handle.sync()
      } catch {
        this.broken = true
      }
      throw new Error(
        `store: 变更日志写入失败（${errorCode(err) || String(err)}），本次修改没有保存`,
        {
          cause: err,
        },
      )
    }
    this.size += bytes.length
    this.digest.update(bytes)
    this.last = { seq: entry.seq, hash: entry.hash, at: entry.at }
    return entry
  }

  async close(): Promise<void> {
    await this.handle?.close()
  }
}

/** True when the entry writes or removes that record. */
export function touches(entry: JournalEntry, coll: CollectionName, id: string): boolean {
  return entry.data.puts.some((p) => p.coll === coll && p.id === id)
}

/** Every good entry touching a record, oldest first, read from the file on demand. */
export async function readHistory(
  dir: string,
  coll: CollectionName,
  id: string,
): Promise<JournalEntry[]> {
  const out: JournalEntry[] = []
  // Up to the last good line only: a changed line is evidence, not history.
  scanJournal(
    await readJournalBytes(join(dir, JOURNAL_FILE)),
    (entry) => {
      if (touches(entry, coll, id)) out.push(entry)
    },
    undefined,
    true,
  )
  return out
}

/** How much of the journal one read asks for while looking for a line. */
const LOOK_CHUNK = 1 << 20
/** Every this many lines, where the line starts is remembered for the next look. */
const LANDMARK_EVERY = 1024
/**
 * Per journal file: landmarks[k] is where line k × LANDMARK_EVERY + 1 starts. A journal only
 * grows, so they hold; after a restore or a cut tail has put another file there, a landmark
 * leads to a line that is not the one asked for, and the look starts again from the top.
 */
const landmarks = new Map<string, number[]>()

/**
 * The entry on line `seq` (lines are entries in seq order, one per line, from 1: scanJournal
 * checks exactly that), found by counting newlines a chunk at a time, from the nearest line
 * whose start an earlier look remembered (a villager checking a recent number on a ten-year
 * journal does not read it all again), and parsing only that line. Null when the file ends
 * first, or the line is not a whole entry whose hash holds and whose seq is `seq`. Callers ask
 * only up to the last good entry.
 */
export async function readEntryAt(dir: string, seq: number): Promise<JournalEntry | null> {
  if (!Number.isSafeInteger(seq) || seq < 1) return null
  const path = join(dir, JOURNAL_FILE)
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null
    throw err
  }
  try {
    const marks = landmarks.get(path) ?? []
    landmarks.set(path, marks)
    const from = Math.min(Math.floor((seq - 1) / LANDMARK_EVERY), marks.length - 1)
    const start = from > 0 ? marks[from] : undefined
    if (start !== undefined) {
      const found = await lineAt(handle, seq, from * LANDMARK_EVERY + 1, start, marks)
      if (found) return found
      marks.length = 1 // another file now, or a line changed: look again from the top
    }
    marks[0] = 0
    return await lineAt(handle, seq, 1, 0, marks)
  } finally {
    await handle.close()
  }
}

/** Line `seq` read on from line `line` starting at byte `pos`, noting landmarks on the way. */
async function lineAt(
  handle: FileHandle,
  seq: number,
  line: number,
  pos: number,
  marks: number[],
): Promise<JournalEntry | null> {
  const chunk = Buffer.allocUnsafe(LOOK_CHUNK)
  const parts: Buffer[] = []
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, pos)
    if (bytesRead === 0) return null
    const view = chunk.subarray(0, bytesRead)
    let i = 0
    while (line < seq) {
      const nl = view.indexOf(10, i)
      if (nl === -1) break
      line++
      i = nl + 1
      if ((line - 1) % LANDMARK_EVERY === 0) marks[(line - 1) / LANDMARK_EVERY] = pos + i
    }
    pos += bytesRead
    if (line < seq) continue
    const nl = view.indexOf(10, i)
    // The chunk is read into again: keep a copy of a line that goes on past it.
    parts.push(Buffer.from(view.subarray(i, nl === -1 ? view.length : nl)))
    if (nl !== -1) break
  }
  const bytes = Buffer.concat(parts)
  const parsed = parseLine(bytes.toString('utf8'), bytes)
  if (!parsed || !parsed.hashOk || parsed.entry.seq !== seq) return null
  return parsed.entry
}
