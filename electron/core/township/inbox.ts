/**
 * The township side: reads one village's inbox folder and checks every package: signature,
 * the chain of packages and journal hashes, and forks (two different packages for one seq,
 * including one that differs from what this console saw before).
 */
import { open, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipProblem } from '../../../contract'
import { decodePackage } from './package-format'
import { FILES_AT_ONCE, mapLimit } from './pool'
import { fileId, summarise, type CachedFile, type PackageSummary } from './summary'

/** A package that passed its signature check, with its file hash. */
export interface GoodPackage {
  pkg: PackageSummary
  sha256: string
  file: string
  /** The file's bytes when this open read it, until the console has archived them. */
  bytes?: Buffer
}

export interface FolderCheck {
  folder: string
  name: string
  fingerprint: string
  files: number
  /** Good packages in seq order, one per seq (the first seen when forked). */
  chain: GoodPackage[]
  /** Packages from the first up to the first broken link. */
  verified: number
  problems: TownshipProblem[]
}

/** What this console saw before: folder → seq → sha256 of the package file (fork evidence). */
export type Seen = Record<string, Record<string, string>>
/** Files read before, by 'folder/name' (see summary.ts); `dirty` once anything was (re)read. */
export interface FileCache {
  files: Record<string, CachedFile>
  dirty: boolean
  /** Keys looked at in this open; others are dropped before saving. */
  used: Set<string>
}

/** An empty cache (first open, or a cache file that could not be read). */
export function emptyCache(): FileCache {
  return { files: {}, dirty: false, used: new Set() }
}

const NAMED = /^\d{8}\.json$/

function linkProblem(prev: GoodPackage, next: GoodPackage): string | null {
  const a = prev.pkg
  const b = next.pkg
  if (b.seq !== a.seq + 1) return `缺少第 ${a.seq + 1} 个包`
  if (b.prevPackage !== prev.sha256)
    return `第 ${b.seq} 个包指向的上一个包和收到的第 ${a.seq} 个包不同`
  if (b.journal.from !== a.journal.to + 1)
    return `第 ${b.seq} 个包的变更日志没有接上第 ${a.seq} 个包`
  if (b.journal.prev !== a.journal.last)
    return `第 ${b.seq} 个包的变更日志哈希和第 ${a.seq} 个包接不上（历史被改写）`
  return null
}

function selfProblem(p: PackageSummary, nameSeq: number | null): string | null {
  const { seq, journal, checkpoint } = p
  if (nameSeq !== null && nameSeq !== seq)
    return `文件名是第 ${nameSeq} 个包，里面却写着第 ${seq} 个`
  if (journal.count !== journal.to - journal.from + 1) return `第 ${seq} 个包的变更日志哈希数目不对`
  if (checkpoint.seq !== journal.to || checkpoint.hash !== journal.last)
    return `第 ${seq} 个包的核验码和变更日志对不上`
  if (seq === 1 && (journal.from !== 1 || journal.prev !== '' || p.prevPackage !== ''))
    return '第 1 个包不是从头开始的'
  return null
}

/** Reads a file whose size a stat just gave: open, one read, close (readFile stats it again). */
async function readSized(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(size + 1)
    const { bytesRead } = await handle.read(buf, 0, size + 1, 0)
    // Grown since the stat: read it whole; the new size changes its cache key next time anyway.
    return bytesRead <= size ? buf.subarray(0, bytesRead) : await readFile(path)
  } finally {
    await handle.close()
  }
}

/** Reads a file, or takes it from the cache when it has not changed since. */
async function readOne(
  path: string,
  size: number,
  id: string,
  key: string,
  cache: FileCache,
): Promise<{ read: CachedFile; bytes?: Buffer }> {
  cache.used.add(key)
  const known = cache.files[key]
  if (known?.id === id) return { read: known }
  const bytes = await readSized(path, size)
  const d = decodePackage(bytes)
  const fresh: CachedFile = d.ok
    ? { id, sha256: d.sha256, ok: true, summary: summarise(d.pkg) }
    : {
        id,
        sha256: d.sha256,
        ok: false,
        reason: d.reason,
        message: d.message,
        seq: d.pkg?.seq ?? null,
      }
  cache.files[key] = fresh
  cache.dirty = true
  return { read: fresh, bytes }
}

/** Checks every package file in one village folder; `seen` is updated with first sightings. */
export async function checkFolder(
  root: string,
  folder: string,
  seen: Seen,
  cache: FileCache = emptyCache(),
): Promise<FolderCheck> {
  const dir = join(root, folder)
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
  const problems: TownshipProblem[] = []
  const bySeq = new Map<number, GoodPackage>()
  const memory = (seen[folder] ??= {})
  let name = folder
  let fingerprint = ''
  const deferred: Array<Omit<TownshipProblem, 'village' | 'folder'>> = []
  const say = (kind: TownshipProblem['kind'], seq: number | null, message: string) =>
    deferred.push({ kind, seq, message })
  // Stat and read a few files at a time: the thread pool reads while signatures are checked.
  const reads = await mapLimit(names, FILES_AT_ONCE, async (n) => {
    const st = await stat(join(dir, n))
    return readOne(join(dir, n), st.size, fileId(st), `${folder}/${n}`, cache)
  })
  for (const [i, file] of names.entries()) {
    const { read, bytes } = reads[i]!
    const nameSeq = NAMED.test(file) ? Number(file.slice(0, 8)) : null
    if (!read.ok) {
      say(read.reason, nameSeq ?? read.seq, `${file}：${read.message}`)
      continue
    }
    const g: GoodPackage = { pkg: read.summary, sha256: read.sha256, file, bytes }
    name = g.pkg.name
    if (fingerprint && g.pkg.fingerprint !== fingerprint) {
      say('key', g.pkg.seq, `${file}：用的是另一把签名钥匙（指纹 ${g.pkg.fingerprint}）`)
      continue
    }
    fingerprint ||= g.pkg.fingerprint
    const bad = selfProblem(g.pkg, nameSeq)
    if (bad) {
      say('chain', g.pkg.seq, bad)
      continue
    }
    const before = memory[String(g.pkg.seq)]
    const twin = bySeq.get(g.pkg.seq)
    if ((twin && twin.sha256 !== g.sha256) || (before && before !== g.sha256)) {
      say('fork', g.pkg.seq, `第 ${g.pkg.seq} 个包出现了两个不同的版本（${file}）`)
      if (twin || nameSeq === null) continue
    }
    if (!twin || nameSeq !== null) bySeq.set(g.pkg.seq, g)
    memory[String(g.pkg.seq)] ??= g.sha256
  }
  const chain = [...bySeq.values()].sort((a, b) => a.pkg.seq - b.pkg.seq)
  let verified = 0
  let broken = false
  chain.forEach((g, i) => {
    const prev = chain[i - 1]
    const why = prev
      ? linkProblem(prev, g)
      : g.pkg.seq === 1
        ? null
        : `缺少第 1 到第 ${g.pkg.seq - 1} 个包`
    if (why) {
      say('chain', g.pkg.seq, why)
      broken = true
    }
    if (!broken) verified++
  })
  for (const d of deferred) problems.push({ village: name, folder, ...d })
  return { folder, name, fingerprint, files: names.length, chain, verified, problems }
}
