/** journal.jsonl: every change, fsynced before it is acknowledged, hash-chained for audit. */
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorageAlert } from '../../../contract'
import { markHead, readMarkedTail, type FlushMark } from './flush-mark'
import { errorCode } from './fs-safe'
import { makeEntry, parseLine, type ChainHead, type EntryFields } from './journal-format'
import { JOURNAL_FILE, readJournalBytes, scanJournal, type Visit } from './journal-scan'
import type { CollectionName, JournalEntry } from './types'

export interface JournalOpenOptions {
  now?: () => Date
  onAlert?: (alert: StorageAlert) => void
  /** Sees every readable entry once, in order (replay and bookkeeping). */
  onEntry?: Visit
  /** Documents already hold entries up to this seq: such a line is repaired, never trimmed. */
  protectSeq?: number
  /** Documents are complete up to this entry: read and check only what follows it. */
  mark?: FlushMark
}

type Tail = { trimAt: number } | { repair: true } | null

/** Decides whether the last line is a torn, never-acknowledged append. */
function inspectTail(buf: Buffer, protectSeq: number): Tail {
  if (buf.length === 0) return null
  const terminated = buf[buf.length - 1] === 10
  const start = buf.lastIndexOf(10, terminated ? buf.length - 2 : buf.length - 1) + 1
  const parsed = parseLine(buf.toString('utf8', start, terminated ? buf.length - 1 : buf.length))
  const acknowledged = parsed !== null && parsed.entry.seq <= protectSeq
  if (!terminated) return acknowledged && parsed.hashOk ? { repair: true } : { trimAt: start }
  if (parsed && (parsed.hashOk || acknowledged)) return null
  return { trimAt: start }
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
    private readonly handle: FileHandle,
    private size: number,
    private last: ChainHead,
    /** True when opening read only the tail after the mark (the rest is left to verify()). */
    readonly fromMark: boolean,
  ) {}

  /**
   * Reads the journal, trims a torn last line (with an alert) and reports any bad line; with
   * a mark that fits, only the lines after it are parsed and hash-checked.
   */
  static async open(dir: string, options: JournalOpenOptions = {}): Promise<Journal> {
    const path = join(dir, JOURNAL_FILE)
    const now = options.now ?? (() => new Date())
    const alert = (level: StorageAlert['level'], message: string): void =>
      options.onAlert?.({ at: now().toISOString(), level, file: JOURNAL_FILE, message })
    const { mark } = options
    // With a mark, only the journal's end is read: the rest is checked by verify().
    const marked = mark ? await readMarkedTail(path, mark) : null
    let buf = marked ? marked.buf : await readJournalBytes(path)
    let base = marked ? marked.base : 0
    const tail = inspectTail(buf, options.protectSeq ?? 0)
    if (tail && 'repair' in tail) {
      await withHandle(path, (h) => h.appendFile('\n').then(() => h.sync()))
      buf = Buffer.concat([buf, Buffer.from('\n')])
    } else if (tail) {
      await withHandle(path, (h) => h.truncate(base + tail.trimAt).then(() => h.sync()))
      buf = buf.subarray(0, tail.trimAt)
      alert(
        'warning',
        '变更日志末尾有一条没写完的记录（可能是写入时断电），已删除；它从未被确认保存，之前的记录完好',
      )
    }
    let offset = marked && marked.offset <= buf.length ? marked.offset : null
    if (marked && offset === null) {
      buf = await readJournalBytes(path)
      base = 0
      offset = null
    }
    const result =
      mark && offset !== null
        ? scanJournal(buf.subarray(offset), options.onEntry, {
            head: markHead(mark),
            line: mark.seq,
          })
        : scanJournal(buf, options.onEntry)
    if (result.firstBad) {
      const { seq, reason } = result.firstBad
      alert('error', `变更日志校验失败（序号 ${seq}）：${reason}。请联系技术人员核查`)
    }
    const handle = await open(path, 'a')
    return new Journal(path, handle, base + buf.length, result.head, offset !== null)
  }

  /** The last entry's seq, hash and time. */
  get head(): ChainHead {
    return this.last
  }

  /** Adds the next entry and fsyncs; resolves only once the line is on disk. */
  async append(fields: EntryFields): Promise<JournalEntry> {
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
    this.last = { seq: entry.seq, hash: entry.hash, at: entry.at }
    return entry
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}

/** True when the entry writes or removes that record. */
export function touches(entry: JournalEntry, coll: CollectionName, id: string): boolean {
  return entry.data.puts.some((p) => p.coll === coll && p.id === id)
}

/** Every readable entry touching a record, oldest first, read from the file on demand. */
export async function readHistory(
  dir: string,
  coll: CollectionName,
  id: string,
): Promise<JournalEntry[]> {
  const out: JournalEntry[] = []
  scanJournal(await readJournalBytes(join(dir, JOURNAL_FILE)), (entry) => {
    if (touches(entry, coll, id)) out.push(entry)
  })
  return out
}
