/**
 * The Store behaviour shared by the disk store and the memory store: one commit at a time,
 * acknowledged once its journal entry is durable; the documents (caches of the journal) are
 * written behind, coalesced, and a journal.mark records how far they are complete.
 */
import { checkpointHash } from '../../../contract/checkpoint'
import { assertClockNotBehind } from './clock-behind'
import type { CheckpointAt, StorageAlert } from '../../../contract'
import type { DocSet } from './doc-set'
import { compareRecords, nextTurn } from './records-check'
import type { FlushMark } from './flush-mark'
import type { ClockSeen } from './clock-seen'
import type { JournalHalt } from './journal'
import type { ChainHead, EntryFields } from './journal-format'
import type {
  Change,
  CollectionName,
  Collections,
  JournalEntry,
  RecordsCheck,
  Store,
  StoreHalt,
  VerifyReport,
} from './types'

/** Where entries and documents go: a journal file and lowdb documents, or memory. */
export interface Backend {
  /** Makes the entry durable (or fails, and nothing changed) and returns it with its chain fields. */
  append(fields: EntryFields): Promise<JournalEntry>
  head(): ChainHead
  /** Writes the documents a commit touched. */
  persist(files: ReadonlySet<string>): Promise<void>
  /** Records that the documents on disk hold every entry up to the mark's (disk store only). */
  mark?(mark: FlushMark): Promise<void>
  verify(): Promise<VerifyReport>
  /** The documents the journal alone makes (records-check.ts). */
  replay(): Promise<DocSet>
  history(coll: CollectionName, id: string): Promise<JournalEntry[]>
  /** The good entry at that seq (callers ask only up to the head), else null. */
  entryAt(seq: number): Promise<JournalEntry | null>
  close(): Promise<void>
}

/** Documents are written this long after the last save, so a burst of saves is written once… */
const FLUSH_IDLE_MS = 200
/** …but never later than this after the first save not yet written. */
const FLUSH_MAX_MS = 2_000

/** Time of the last entry touching each collection, and what cadres were told. */
export interface CoreState {
  updated: Map<string, string>
  alerts: StorageAlert[]
  /** Set when the journal failed its check on open: reads stop there, saves are refused. */
  halt?: JournalHalt
  /** The latest time the kiosk has shown (clock-seen.ts): saves are measured from it too. */
  seen?: ClockSeen
}

/** Implements Store over a DocSet and a Backend; commits run strictly one after another. */
export class StoreCore implements Store {
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  /** Documents changed in memory and not yet written. */
  private readonly dirty = new Set<string>()
  private flushing: Promise<boolean> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private firstDirtyAt = 0
  /** What the last records check found differing from the journal (the public notice). */
  private differ: RecordsCheck['first'] | null = null
  /** The last entry applied to the in-memory documents (what a flush can vouch for). */
  private applied: ChainHead

  constructor(
    private readonly docs: DocSet,
    private readonly backend: Backend,
    private readonly now: () => Date,
    private readonly state: CoreState = { updated: new Map(), alerts: [] },
  ) {
    this.applied = backend.head()
  }

  all<C extends CollectionName>(coll: C): Collections[C][] {
    return this.docs.all(coll) as Collections[C][]
  }

  get<C extends CollectionName>(coll: C, id: string): Collections[C] | undefined {
    return this.docs.get(coll, id) as Collections[C] | undefined
  }

  collections(): string[] {
    return [...this.docs.collections()].sort()
  }

  commit(change: Change): Promise<JournalEntry> {
    return this.serial(() => this.apply(change))
  }

  /**
   * The last change applied to the records in memory: it moves in the same step as the records,
   * never while a change is on disk but not yet applied, so a reader keyed on it never caches
   * records older than the head it saw.
   */
  latestAt(): string {
    const seen = this.state.seen?.at() ?? 0
    return seen > Date.parse(this.applied.at) ? new Date(seen).toISOString() : this.applied.at
  }

  head(): { seq: number; hash: string; at: string } {
    const { seq, hash, at } = this.applied
    return { seq, hash: checkpointHash(hash), at }
  }

  unread(): number {
    return this.docs.deferred().length
  }

  lastUpdated(coll: CollectionName): string {
    return this.state.updated.get(coll) ?? ''
  }

  alerts(): StorageAlert[] {
    return [...this.state.alerts]
  }

  halted(): StoreHalt | null {
    const h = this.state.halt
    return h ? { seq: h.seq, line: h.line, reason: h.reason, evidence: h.evidence } : null
  }

  verify(): Promise<VerifyReport> {
    return this.serial(() => this.backend.verify())
  }

  checkRecords(): Promise<RecordsCheck> {
    // In the queue: every change acknowledged so far is both in the journal and in memory.
    return this.serial(async () => {
      const r = await compareRecords(this.docs, await this.backend.replay(), nextTurn)
      this.differ = r.first ?? null
      return r
    })
  }

  recordsDiffer(): RecordsCheck['first'] | null {
    return this.differ
  }

  history(coll: CollectionName, id: string): Promise<JournalEntry[]> {
    return this.serial(() => this.backend.history(coll, id))
  }

  checkpointAt(seq: number): Promise<CheckpointAt | null> {
    // In the queue, like history(): one look at the file at a time, and never mid-commit.
    return this.serial(async () => {
      const head = this.applied
      if (!Number.isSafeInteger(seq) || seq < 1 || seq > head.seq) return null
      // The head is in memory (what the footer shows); earlier ones are read from the journal.
      const entry = seq === head.seq ? head : await this.backend.entryAt(seq)
      if (!entry || entry.seq !== seq) return null
      return { seq, hash: checkpointHash(entry.hash), at: entry.at }
    })
  }

  /** Writes a document again behind the journal (one read on first use and rebuilt from it). */
  rewrite(file: string): void {
    this.dirty.add(file)
    this.schedule()
  }

  /** Resolves once the documents on disk hold every acknowledged change (false: a write failed). */
  async flush(): Promise<boolean> {
    this.cancelTimer()
    while (this.flushing || this.dirty.size > 0) {
      const ok = await (this.flushing ?? this.startFlush())
      if (!ok) return false
    }
    return true
  }

  close(): Promise<void> {
    return this.serial(async () => {
      if (this.closed) return
      this.closed = true
      await this.flush()
      await this.backend.close()
    })
  }

  /** A promise-chain mutex: a failed step never blocks the ones queued after it. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async apply(change: Change): Promise<JournalEntry> {
    if (this.closed) throw new Error('store: 存储已关闭')
    change.recheck?.()
    const now = this.now()
    if (!change.confirmsClock) {
      const shown = (this.state.seen?.at() ?? 0) > Date.parse(this.applied.at)
      assertClockNotBehind(now, this.latestAt(), shown)
    }
    const puts = this.docs.resolve(change.puts)
    const entry = await this.backend.append({
      at: now.toISOString(),
      actor: change.actor,
      action: change.action,
      entity: change.entity,
      id: change.id,
      data: { puts },
    })
    const touched = this.docs.apply(entry.seq, puts)
    this.applied = { seq: entry.seq, hash: entry.hash, at: entry.at }
    // The admin's word that the clock is right: later saves are measured from now.
    if (change.confirmsClock) this.state.seen?.reset(now.getTime())
    for (const p of puts) this.state.updated.set(p.coll, entry.at)
    for (const f of touched) this.dirty.add(f)
    this.schedule()
    return entry
  }

  /** Arms the write-behind timer (a running flush picks new files up by itself). */
  private schedule(): void {
    if (this.flushing) return
    const now = performance.now()
    if (!this.timer) this.firstDirtyAt = now
    this.cancelTimer()
    const wait = Math.max(0, Math.min(FLUSH_IDLE_MS, this.firstDirtyAt + FLUSH_MAX_MS - now))
    this.timer = setTimeout(() => {
      this.timer = null
      if (!this.flushing) void this.startFlush()
    }, wait)
    // A process that exits without close() loses nothing: the journal has every change.
    this.timer.unref?.()
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** One write pass; saves made meanwhile are written by the next pass, after the delay. */
  private startFlush(): Promise<boolean> {
    const run = this.flushPass().finally(() => {
      if (this.flushing === run) this.flushing = null
      if (this.dirty.size > 0 && !this.closed) this.schedule()
    })
    this.flushing = run
    return run
  }

  /** Writes the documents dirty now, then the mark if nothing new came in; false on a failed write. */
  private async flushPass(): Promise<boolean> {
    if (this.dirty.size === 0) return true
    const files = new Set(this.dirty)
    this.dirty.clear()
    // Taken in the same tick as the documents are serialised: exactly what reaches the disk.
    const upTo = this.applied
    const docs = this.docs.seqs()
    const updated = Object.fromEntries(this.state.updated)
    try {
      await this.backend.persist(files)
    } catch (err) {
      // The change is durable in the journal; the stale document is written again next time.
      for (const f of files) this.dirty.add(f)
      this.state.alerts.push({
        at: this.now().toISOString(),
        level: 'error',
        file: [...files].map((f) => `${f}.json`).join('、'),
        message: `修改已记入变更日志，但写入文件失败（${err instanceof Error ? err.message : String(err)}），下次保存或启动时会自动补写`,
      })
      return false
    }
    if (this.dirty.size === 0 && upTo.seq > 0) {
      await this.backend.mark?.({ ...upTo, docs, updated }).catch(() => undefined)
    }
    return true
  }
}
