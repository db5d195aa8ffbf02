/**
 * The store's contract with the services. Every change is a journal entry of whole-record
 * puts; documents are caches of the journal that survive restarts and power cuts.
 */
import type { ClockSeen } from './clock-seen'
import type {
  Checkpoint,
  CheckpointAt,
  LedgerEntry,
  Matter,
  Member,
  Notice,
  PeriodSheet,
  PersonRef,
  Project,
  Settings,
  StorageAlert,
  VillageProfile,
} from '../../../contract'

/** Collection name → record type. Singletons use the id 'profile' / 'settings'. */
export interface Collections {
  village: VillageProfile
  members: Member
  settings: Settings
  ledger: LedgerEntry
  sheets: PeriodSheet
  projects: Project
  matters: Matter
  notices: Notice
}
export type CollectionName = keyof Collections

/** One record written whole, or removed (value null; drafts only, enforced by services). */
export interface Put {
  /** Document file the record lives in, without '.json' (e.g. 'ledger-2026'). */
  file: string
  coll: CollectionName
  id: string
  value: unknown
}

export interface JournalEntry {
  seq: number
  at: string
  actor: PersonRef | null
  /** API method or internal action, e.g. 'ledger.publish', 'demo.load'. */
  action: string
  entity: string
  id: string
  data: { puts: Put[] }
  /** Hash of the previous entry ('' for the first). */
  prev: string
  /** sha256 hex of the canonical JSON of every field above. */
  hash: string
}

export interface Change {
  actor: PersonRef | null
  action: string
  entity: string
  id: string
  puts: Array<{ coll: CollectionName; id: string; value: unknown | null }>
  /**
   * Checked in the commit's turn, after every earlier commit is applied and before anything is
   * written: a rule a handler checked before awaiting (a long import) is checked again here,
   * where nothing can slip in between. Throwing refuses the change; nothing is written.
   */
  recheck?: () => void
  /**
   * The admin's word that the clock is right though the last change was stamped later (it had
   * been set ahead): this one change is saved under a clock behind it, and later ones are
   * measured from it. Only system.clockConfirm sets it.
   */
  confirmsClock?: true
}

export interface VerifyReport {
  ok: boolean
  entries: number
  head: Checkpoint
  /** First entry whose hash or link is wrong, with a Chinese explanation. */
  firstBad?: { seq: number; line: number; reason: string }
}

/** Records in memory compared with the journal rebuilt alone (Store.checkRecords). */
export interface RecordsCheck {
  /** Records the journal holds. */
  checked: number
  /** The first record that differs (or that only one side has). */
  first?: { coll: string; id: string }
}

/** Where a journal that failed its check stopped, and why (for the public notice and 核验). */
export interface StoreHalt {
  /** Seq of the last good entry: what the screens show. */
  seq: number
  /** The first bad line and the reason it failed. */
  line: number
  reason: string
  /** The byte-for-byte copy of the journal kept beside it. */
  evidence: string
}

export interface Store {
  /** All records of a collection, in no particular order. */
  all<C extends CollectionName>(coll: C): Collections[C][]
  get<C extends CollectionName>(coll: C, id: string): Collections[C] | undefined
  /** The name of every collection the documents hold (a restore checks each one it knows). */
  collections(): string[]
  /**
   * Appends to the journal (fsynced) and resolves once that is durable; the documents are
   * written right after, in the background (a crash before that is replayed on start).
   */
  commit(change: Change): Promise<JournalEntry>
  /** Resolves once the documents on disk hold every acknowledged change (false: a write failed). */
  flush(): Promise<boolean>
  /** Seq of the last committed change (0 when empty). */
  head(): Checkpoint
  /**
   * The later of the last change's time and the latest time the kiosk has shown (ISO): saves
   * are refused while the clock is well behind it (clock-behind.ts, clock-seen.ts).
   */
  latestAt(): string
  /** How many documents (older years' ledgers) are still on disk, not read since the open. */
  unread(): number
  /** Time of the last change touching this collection ('' if never). */
  lastUpdated(coll: CollectionName): string
  alerts(): StorageAlert[]
  /** Non-null when the journal failed its check on open: records are as of `seq`, saves refused. */
  halted(): StoreHalt | null
  verify(): Promise<VerifyReport>
  /** Every record compared with what the journal alone makes of it (see records-check.ts). */
  checkRecords(): Promise<RecordsCheck>
  /** The record the last checkRecords found differing from the journal; null if none (or no check yet). */
  recordsDiffer(): RecordsCheck['first'] | null
  /** Every journal entry touching a record, oldest first (for history views). */
  history(coll: CollectionName, id: string): Promise<JournalEntry[]>
  /**
   * The 核验码 when entry `seq` was the head: its seq, the first 16 hex digits of its hash, its
   * time. Read from the journal, never past the last good entry (a halted store stops there);
   * null when there is no good entry at that number.
   */
  checkpointAt(seq: number): Promise<CheckpointAt | null>
  close(): Promise<void>
}

export interface StoreOptions {
  dir: string
  now?: () => Date
  /** Good generations kept beside each document (default 3). */
  generations?: number
  /**
   * Read the older years' ledgers (left on disk at open) in the background soon after the open
   * (default true); either way each is read on its first use.
   */
  background?: boolean
  /** The latest time the kiosk has shown (core keeps it, clock-seen.ts); none in tests. */
  seen?: ClockSeen
}
