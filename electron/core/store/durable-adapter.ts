/** lowdb adapter that fsyncs, keeps good generations and never mistakes a broken file for "empty". */
import { readFileSync } from 'node:fs'
import { copyFile, readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Adapter } from 'lowdb'
import type { StorageAlert } from '../../../contract'
import { sha256Hex } from './canonical'
import {
  errorCode,
  generationPath,
  listGenerations,
  listGenerationsNow,
  writeFileDurable,
} from './fs-safe'

/** What one document file holds: records by collection then id, and the last journal seq applied. */
export interface DocData {
  seq: number
  data: Record<string, Record<string, unknown>>
}

export interface DurableAdapterOptions {
  /** Good previous copies kept beside the file (default 3). */
  generations?: number
  now?: () => Date
  /** Told when a file had to be restored, so cadres see it on screen. */
  onAlert?: (alert: StorageAlert) => void
}

type Candidate =
  | { state: 'missing' }
  | { state: 'bad'; reason: string }
  | { state: 'good'; doc: DocData; bytes: Buffer }

function isRecordMap(v: unknown): v is Record<string, Record<string, unknown>> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false
  return Object.values(v).every((c) => c && typeof c === 'object' && !Array.isArray(c))
}

const HEADER = /^\{"schemaVersion":1,"seq":\d+,"sha256":"[0-9a-f]{64}","data":/

/** Hashes the data bytes as written when the file is in our own layout, else re-serialises. */
function dataMatches(bytes: Buffer, data: unknown, sha256: string): boolean {
  const header = HEADER.exec(bytes.toString('latin1', 0, 128))
  if (header && bytes[bytes.length - 1] === 0x7d) {
    if (sha256Hex(bytes.subarray(header[0].length, bytes.length - 1)) === sha256) return true
  }
  return sha256Hex(JSON.stringify(data)) === sha256
}

function unreadable(path: string, err: unknown): null {
  if (errorCode(err) === 'ENOENT') return null
  throw new Error(`store: 无法读取文件 ${basename(path)}（${errorCode(err) || String(err)}）`, {
    cause: err,
  })
}

/** Checks a file's header and hash; only a 'good' result may be trusted. */
async function readCandidate(path: string): Promise<Candidate> {
  return judge(await readFile(path).catch((err: unknown) => unreadable(path, err)))
}

/** The same, read synchronously: a document read on first use, inside a synchronous read. */
function readCandidateNow(path: string): Candidate {
  let bytes: Buffer | null
  try {
    bytes = readFileSync(path)
  } catch (err) {
    bytes = unreadable(path, err)
  }
  return judge(bytes)
}

/** The same check on bytes already read (null: no such file). */
function judge(bytes: Buffer | null): Candidate {
  if (bytes === null) return { state: 'missing' }
  if (bytes.length === 0) return { state: 'bad', reason: '文件为空' }
  let raw: unknown
  try {
    raw = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { state: 'bad', reason: '内容不是完整的 JSON' }
  }
  if (!raw || typeof raw !== 'object') return { state: 'bad', reason: '文件头缺失' }
  const { schemaVersion, seq, sha256, data } = raw as Record<string, unknown>
  if (schemaVersion !== 1 || typeof sha256 !== 'string') {
    return { state: 'bad', reason: '文件头缺失或版本不对' }
  }
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || !isRecordMap(data)) {
    return { state: 'bad', reason: '文件结构不对' }
  }
  if (!dataMatches(bytes, data, sha256)) return { state: 'bad', reason: '校验值不符' }
  return { state: 'good', doc: { seq, data }, bytes }
}

/** The on-disk form: compact JSON with the header first. */
export function serializeDoc(doc: DocData): string {
  const body = JSON.stringify(doc.data)
  return `{"schemaVersion":1,"seq":${doc.seq},"sha256":"${sha256Hex(body)}","data":${body}}`
}

/** One document file, read and written whole; one instance (and one Low) per file. */
export class DurableAdapter implements Adapter<DocData> {
  /** True once the main file is known good: only then may it be rotated into the generations. */
  private mainGood = false
  /** A restore started by readNow(), written in the background; writes wait for it. */
  private restoring: Promise<void> | null = null
  private readonly generations: number
  private readonly now: () => Date

  constructor(
    readonly path: string,
    private readonly options: DurableAdapterOptions = {},
  ) {
    this.generations = options.generations ?? 3
    this.now = options.now ?? (() => new Date())
  }

  /** The document, restored from the newest good generation if need be; null only when fresh. */
  async read(): Promise<DocData | null> {
    const main = await readCandidate(this.path)
    if (main.state === 'good') {
      this.mainGood = true
      return main.doc
    }
    this.mainGood = false
    const found = await listGenerations(this.path)
    for (const n of found) {
      const copy = await readCandidate(generationPath(this.path, n))
      if (copy.state !== 'good') continue
      await this.restore(copy.bytes)
      this.tellRestored(main.state === 'missing' ? '丢失' : '已损坏')
      return copy.doc
    }
    if (main.state === 'missing' && found.length === 0) return null
    const why = main.state === 'bad' ? main.reason : '文件丢失'
    throw new Error(`store: 文件 ${basename(this.path)} 无法读取（${why}），也没有完好的备份副本`)
  }

  /**
   * read() done synchronously, for a document read on first use: the same checks and the same
   * generations; a restore is told at once and written in the background (settled() waits).
   */
  readNow(): DocData | null {
    const main = readCandidateNow(this.path)
    if (main.state === 'good') {
      this.mainGood = true
      return main.doc
    }
    this.mainGood = false
    const found = listGenerationsNow(this.path)
    for (const n of found) {
      const copy = readCandidateNow(generationPath(this.path, n))
      if (copy.state !== 'good') continue
      this.tellRestored(main.state === 'missing' ? '丢失' : '已损坏')
      this.restoring = this.restore(copy.bytes).catch((err: unknown) => {
        this.alert(
          'error',
          `文件 ${basename(this.path)} 从备份副本恢复时写入失败（${errorCode(err) || String(err)}），下次保存时再写`,
        )
      })
      return copy.doc
    }
    if (main.state === 'missing' && found.length === 0) return null
    const why = main.state === 'bad' ? main.reason : '文件丢失'
    throw new Error(`store: 文件 ${basename(this.path)} 无法读取（${why}），也没有完好的备份副本`)
  }

  /** Resolves once a restore started by readNow() is on disk (or has failed and been told). */
  async settled(): Promise<void> {
    await this.restoring
  }

  /** Writes durably; a known-bad main file is kept aside, never rotated over a good copy. */
  async write(doc: DocData): Promise<void> {
    await this.restoring
    if (!this.mainGood) await this.keepAside()
    await writeFileDurable(this.path, serializeDoc(doc), {
      generations: this.generations,
      rotate: this.mainGood,
    })
    this.mainGood = true
  }

  private async restore(bytes: Buffer): Promise<void> {
    await this.keepAside()
    await writeFileDurable(this.path, bytes, { generations: this.generations, rotate: false })
    this.mainGood = true
  }

  private tellRestored(what: string): void {
    const file = basename(this.path)
    this.alert('warning', `文件 ${file} ${what}，已从备份副本恢复`)
  }

  private alert(level: StorageAlert['level'], message: string): void {
    const file = basename(this.path)
    this.options.onAlert?.({ at: this.now().toISOString(), level, file, message })
  }

  /** Copies an unreadable main file to `<name>.corrupt-<time>` so its bytes are never lost. */
  private async keepAside(): Promise<void> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    try {
      await copyFile(this.path, `${this.path}.corrupt-${stamp}`)
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err
    }
  }
}
