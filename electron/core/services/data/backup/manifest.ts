/**
 * What a backup holds and how it proves itself: a manifest with the sha256 of every data file and
 * the journal head, the manifest's own hash beside it, and the checks a restore runs before it
 * touches anything (every hash, every document's own seal, the journal's whole chain).
 */
import { serializeDoc } from '../../../store/durable-adapter'
import { sha256Hex } from '../../../store/canonical'
import { scanJournal } from '../../../store/journal-scan'
import { isBodyPath, isDataPath } from './data-paths'
import { readTar, TarError, writeTar, type TarEntry } from './tar'

export const FORMAT = 'cunwu-kiosk-backup'
export const JOURNAL = 'journal.jsonl'
const MANIFEST = 'manifest.json'
const MANIFEST_HASH = 'manifest.sha256'
const DATA = 'data/'

export interface ManifestFile {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  format: typeof FORMAT
  version: 1
  createdAt: string
  automatic: boolean
  villageName: string
  journal: { seq: number; hash: string; entries: number }
  files: ManifestFile[]
}

/** A refusal naming the file it is about, so the admin knows what is wrong. */
export class BackupProblem extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message)
    this.name = 'BackupProblem'
  }
}

/** A restore refused until the admin says the clock is right (the backup ends later than now). */
export class ClockAhead extends BackupProblem {}

/** The village name in a village document, for the backup list (blank when unknown). */
export function villageNameOf(files: ReadonlyMap<string, Uint8Array>): string {
  const bytes = files.get('village.json')
  if (!bytes) return ''
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
      data?: { village?: { profile?: { name?: unknown } } }
    }
    const name = doc.data?.village?.profile?.name
    return typeof name === 'string' ? name : ''
  } catch {
    return ''
  }
}

/** The archive for a set of data files (path relative to the data folder → bytes). */
export function buildArchive(
  files: ReadonlyMap<string, Uint8Array>,
  meta: { createdAt: string; automatic: boolean },
  extra: ReadonlyArray<{ path: string; data: Uint8Array }> = [],
): { bytes: Buffer; manifest: Manifest } {
  const journal = checkJournal(files.get(JOURNAL))
  const paths = [...files.keys()].sort()
  const manifest: Manifest = {
    format: FORMAT,
    version: 1,
    createdAt: meta.createdAt,
    automatic: meta.automatic,
    villageName: villageNameOf(files),
    journal,
    files: paths.map((path) => ({
      path,
      size: files.get(path)!.length,
      sha256: sha256Hex(files.get(path)!),
    })),
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8')
  const mtime = Math.floor(Date.parse(meta.createdAt) / 1000)
  const entries: TarEntry[] = [
    { path: MANIFEST, data: manifestBytes, mtime },
    { path: MANIFEST_HASH, data: Buffer.from(`${sha256Hex(manifestBytes)}  ${MANIFEST}\n`), mtime },
    ...paths.map((p) => ({ path: DATA + p, data: files.get(p)!, mtime })),
    ...extra.map((e) => ({ ...e, mtime })),
  ]
  return { bytes: writeTar(entries), manifest }
}

/** The journal's head, refusing a journal whose chain is broken anywhere. */
export function checkJournal(bytes: Uint8Array | undefined): Manifest['journal'] {
  if (!bytes) throw new BackupProblem(`备份里缺少变更日志 ${JOURNAL}`, JOURNAL)
  const scan = scanJournal(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (scan.firstBad) {
    throw new BackupProblem(`变更日志 ${JOURNAL} 校验失败：${scan.firstBad.reason}`, JOURNAL)
  }
  return { seq: scan.head.seq, hash: scan.head.hash, entries: scan.entries }
}

/** A document must be exactly what our durable adapter wrote, and not ahead of the journal. */
function checkDocument(path: string, bytes: Uint8Array, headSeq: number): void {
  const text = Buffer.from(bytes).toString('utf8')
  let doc: { seq?: unknown; data?: unknown }
  try {
    doc = JSON.parse(text) as typeof doc
  } catch {
    throw new BackupProblem(`文件 ${path} 不是完整的数据文件`, path)
  }
  const seq = doc.seq
  const data = doc.data as Record<string, Record<string, unknown>>
  if (typeof seq !== 'number' || !data || serializeDoc({ seq, data }) !== text) {
    throw new BackupProblem(`文件 ${path} 的内部校验值不符（内容被改动）`, path)
  }
  if (seq > headSeq) {
    throw new BackupProblem(`文件 ${path} 比变更日志还新，备份不完整`, path)
  }
}

const isDocument = (path: string) => !path.includes('/') && path.endsWith('.json')

/** Reads and checks a whole archive; returns its manifest and files, or throws a BackupProblem. */
export function openArchive(bytes: Uint8Array): {
  manifest: Manifest
  files: Map<string, Uint8Array>
  /** Entries beside the data (the sealed archive's pepper.json). */
  extras: Map<string, Uint8Array>
} {
  let entries: TarEntry[]
  try {
    entries = readTar(bytes)
  } catch (e) {
    if (e instanceof TarError) throw new BackupProblem(e.message, e.file)
    throw e
  }
  const byPath = new Map(entries.map((e) => [e.path, e.data]))
  const manifestBytes = byPath.get(MANIFEST)
  if (!manifestBytes) throw new BackupProblem('这不是村务公开的备份文件（没有备份清单）')
  const hashLine = Buffer.from(byPath.get(MANIFEST_HASH) ?? []).toString('utf8')
  if (hashLine.slice(0, 64) !== sha256Hex(manifestBytes)) {
    throw new BackupProblem(`备份清单 ${MANIFEST} 的校验值不符（内容被改动或损坏）`, MANIFEST)
  }
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as Manifest
  if (manifest.format !== FORMAT || manifest.version !== 1) {
    throw new BackupProblem('这不是本程序能识别的备份格式')
  }
  const files = new Map<string, Uint8Array>()
  for (const f of manifest.files) {
    if (typeof f.path !== 'string' || !isDataPath(f.path)) {
      throw new BackupProblem(`备份清单里有不允许的文件路径“${String(f.path)}”，不能用它恢复`)
    }
    // Our backups never put an attachment in the body: one there would skip its hash check.
    if (!isBodyPath(f.path)) {
      throw new BackupProblem(
        `备份里夹带了附件 ${f.path}，附件只能从备份文件夹里按清单取回并核对。不能用它恢复，现在的数据保持原样`,
        f.path,
      )
    }
    const data = byPath.get(DATA + f.path)
    if (!data) throw new BackupProblem(`备份里缺少文件 ${f.path}`, f.path)
    if (data.length !== f.size || sha256Hex(data) !== f.sha256) {
      throw new BackupProblem(`文件 ${f.path} 的校验值不符（备份已损坏），不能用它恢复`, f.path)
    }
    files.set(f.path, data)
  }
  const extra = entries.find(
    (e) => e.path.startsWith(DATA) && !files.has(e.path.slice(DATA.length)),
  )
  if (extra) throw new BackupProblem(`备份里有清单之外的文件 ${extra.path}`, extra.path)
  const journal = checkJournal(files.get(JOURNAL))
  if (journal.seq !== manifest.journal.seq || journal.hash !== manifest.journal.hash) {
    throw new BackupProblem(`变更日志 ${JOURNAL} 与备份清单记录的不一致`, JOURNAL)
  }
  for (const [path, data] of files) if (isDocument(path)) checkDocument(path, data, journal.seq)
  const extras = new Map(
    entries
      .filter((e) => !e.path.startsWith(DATA) && e.path !== MANIFEST && e.path !== MANIFEST_HASH)
      .map((e) => [e.path, e.data]),
  )
  return { manifest, files, extras }
}
