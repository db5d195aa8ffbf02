/** The in-memory documents: which file a record lives in, and applying puts to them. */
import type { DocData } from './durable-adapter'
import type { Change, Put } from './types'
import { checkPut, deepFreeze, fileFor, own } from './doc-rules'

const keyOf = (coll: string, id: string): string => `${coll}\u0000${id}`

/**
 * Reads a document left on disk at open, checked as at open (seal, generations, journal);
 * `seq` is what journal.mark vouches it is at. Null: it cannot be read or rebuilt (blocked).
 */
export type ReadLater = (file: string, seq: number) => DocData | null

/** All documents by file, with an index from record to file (a ledger record's year can change). */
export class DocSet {
  readonly docs = new Map<string, DocData>()
  private readonly where = new Map<string, string>()
  /** Files that exist but could not be read or rebuilt: left untouched, never written. */
  readonly blocked = new Set<string>()
  /** Documents not read yet (older years' ledgers): their collection and vouched seq. */
  private readonly later = new Map<string, { coll: string; seq: number }>()

  constructor(
    private readonly create: (file: string) => DocData = () => ({ seq: 0, data: {} }),
    private readonly readLater: ReadLater = () => null,
  ) {}

  /** Leaves a document on disk until a read, a change or the background asks for it. */
  defer(file: string, coll: string, seq: number): void {
    this.later.set(file, { coll, seq })
  }

  /** Documents still only on disk, in name order (oldest year first). */
  deferred(): string[] {
    return [...this.later.keys()].sort()
  }

  /** Reads a deferred document now (nothing when it is already read). */
  load(file: string): void {
    const d = this.later.get(file)
    if (!d) return
    this.later.delete(file)
    const doc = this.readLater(file, d.seq)
    if (doc === null) this.blocked.add(file)
    else this.adopt(file, doc)
  }

  /** Before any answer about a collection: its deferred documents are read. */
  private need(coll: string): void {
    if (this.later.size === 0) return
    for (const [file, d] of this.later) if (d.coll === coll) this.load(file)
  }

  /** The seq a document is at, read or not (0 when there is none). */
  seqOf(file: string): number {
    return this.docs.get(file)?.seq ?? this.later.get(file)?.seq ?? 0
  }

  /** Every document's seq, deferred ones included (journal.mark carries them). */
  seqs(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [file, d] of this.later) out[file] = d.seq
    for (const [file, d] of this.docs) out[file] = d.seq
    return out
  }

  /**
   * Takes over a document read from disk (or rebuilt), indexing and freezing its records. A
   * record found in two files (a power cut in the middle of moving a line to another year)
   * is indexed where the newer document has it; replaying the journal removes the stale copy.
   */
  adopt(file: string, doc: DocData): void {
    this.docs.set(file, doc)
    for (const [coll, records] of Object.entries(doc.data)) {
      for (const [id, value] of Object.entries(records)) {
        if (id === '__proto__') continue
        deepFreeze(value)
        const key = keyOf(coll, id)
        const other = this.where.get(key)
        if (other === undefined || (this.docs.get(other)?.seq ?? 0) <= doc.seq) {
          this.where.set(key, file)
        }
      }
    }
  }

  /** Another document still holding the record, if any (see adopt). */
  private holder(coll: string, id: string): string | undefined {
    for (const [file, doc] of this.docs) {
      const records = own(doc.data, coll)
      if (records && own(records, id) !== undefined) return file
    }
    return undefined
  }

  /** The document for a file, created empty on first use. */
  doc(file: string): DocData {
    this.load(file)
    let doc = this.docs.get(file)
    if (!doc && this.blocked.has(file)) {
      // Never an empty document over a file kept as evidence.
      throw new Error(`store: 文件 ${file}.json 无法读取，暂时不能修改其中的记录`)
    }
    if (!doc) {
      doc = this.create(file)
      this.docs.set(file, doc)
    }
    return doc
  }

  get(coll: string, id: string): unknown {
    this.need(coll)
    const file = this.where.get(keyOf(coll, id))
    const records = file === undefined ? undefined : this.docs.get(file)?.data
    const inColl = records && own(records, coll)
    return inColl && own(inColl, id)
  }

  /** Every collection a document holds (or a document left on disk will hold). */
  collections(): Set<string> {
    const out = new Set<string>()
    for (const d of this.later.values()) out.add(d.coll)
    for (const doc of this.docs.values()) for (const coll of Object.keys(doc.data)) out.add(coll)
    return out
  }

  all(coll: string): unknown[] {
    this.need(coll)
    const out: unknown[] = []
    for (const doc of this.docs.values()) {
      const records = own(doc.data, coll)
      if (records) for (const v of Object.values(records)) out.push(v)
    }
    return out
  }

  /** Every record of a collection with the key it is stored under, file by file (duplicates too). */
  entries(coll: string): Array<[id: string, value: unknown]> {
    this.need(coll)
    const out: Array<[string, unknown]> = []
    for (const doc of this.docs.values()) {
      const records = own(doc.data, coll)
      if (records) for (const [id, v] of Object.entries(records)) out.push([id, v])
    }
    return out
  }

  /** Turns a change's puts into file-addressed puts; a ledger record moving year is also removed. */
  resolve(puts: Change['puts']): Put[] {
    const out: Put[] = []
    const moved = new Map<string, string | null>()
    for (const p of puts) {
      checkPut(p)
      this.need(p.coll)
      if (p.value === undefined) throw new Error(`store: 记录 ${p.coll}/${p.id} 缺少内容`)
      const value = p.value === null ? null : deepFreeze(JSON.parse(JSON.stringify(p.value)))
      const key = keyOf(p.coll, p.id)
      const current = moved.has(key) ? moved.get(key) : this.where.get(key)
      if (value === null && !current && p.coll === 'ledger') continue
      const target = value === null ? (current ?? fileFor(p.coll, null)) : fileFor(p.coll, value)
      for (const file of [current, target]) {
        if (file && this.blocked.has(file)) {
          throw new Error(`store: 文件 ${file}.json 无法读取，暂时不能修改其中的记录`)
        }
      }
      if (current && current !== target)
        out.push({ file: current, coll: p.coll, id: p.id, value: null })
      out.push({ file: target, coll: p.coll, id: p.id, value })
      moved.set(key, value === null ? null : target)
    }
    return out
  }

  /** Applies puts in order and stamps the touched documents with seq; returns their files. */
  apply(seq: number, puts: readonly Put[]): Set<string> {
    const touched = new Set<string>()
    for (const p of puts) checkPut(p)
    for (const p of puts) {
      const doc = this.doc(p.file)
      const records = own(doc.data, p.coll) ?? (doc.data[p.coll] = {})
      const key = keyOf(p.coll, p.id)
      if (p.value === null) {
        delete records[p.id]
        if (this.where.get(key) === p.file) {
          const still = this.holder(p.coll, p.id)
          if (still === undefined) this.where.delete(key)
          else this.where.set(key, still)
        }
      } else {
        records[p.id] = deepFreeze(p.value)
        this.where.set(key, p.file)
      }
      touched.add(p.file)
    }
    for (const file of touched) this.doc(file).seq = seq
    return touched
  }
}
