/**
 * The township side: reads one village folder of the inbox and checks it (see chain.ts). A
 * package's signature is checked where it matters: when every link of the folder holds, the
 * last package's signature vouches for every file before it (each names the sha256 of the whole
 * previous file), so a clean first open makes one Ed25519 check per village, not one per
 * package; anything amiss and every new file's own signature is checked before judging.
 */
import { readFileSync, statSync, type Stats } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipProblem } from '../../../contract'
import { archivedVersions } from './archive'
import type { Arrival } from './arrivals'
import { assess, type FileRead, type GoodPackage } from './chain'
import { openPackage, SIGNATURE_CHANGED } from './package-format'
import { PACKAGE_MAX_BYTES } from './read-capped'
import { fileId, MalformedSheet, summarise, type CachedFile, type PackageSummary } from './summary'

export type { GoodPackage } from './chain'

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
  /** Second signed versions of a package this open saw first: archived as evidence. */
  forked: GoodPackage[]
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

/** A file read in this open whose signature is not checked yet, with its check. */
interface Fresh extends FileRead {
  key: string
  checkSignature: () => boolean
}

export { PACKAGE_MAX_BYTES } from './read-capped'
const PACKAGE_TOO_BIG = `文件太大（超过 ${PACKAGE_MAX_BYTES / 1024 / 1024} MB），不是正常的公开包，没有读取`

/** A file that is not read at all; kept out of the cache (its id is not a checked file's). */
const unreadable = (id: string, message: string): CachedFile => ({
  id,
  sha256: '',
  ok: false,
  reason: 'unreadable',
  message,
  seq: null,
})

/** Reads a file, or takes it from the cache (where only checked files are kept) if unchanged. */
function readOne(
  path: string,
  key: string,
  cache: FileCache,
): { read: CachedFile; bytes?: Buffer; checkSignature?: () => boolean } {
  cache.used.add(key)
  let st: Stats
  let bytes: Buffer
  try {
    st = statSync(path)
    const known = cache.files[key]
    if (known?.id === fileId(st)) return { read: known }
    // Never read what no package can be: one 3 GB file must not fail every village's open.
    if (!st.isFile() || st.size > PACKAGE_MAX_BYTES) {
      const message = st.isFile() ? PACKAGE_TOO_BIG : '这不是一个文件，无法读取'
      return { read: unreadable(fileId(st), message) }
    }
    bytes = readFileSync(path)
  } catch {
    // Gone since the folder was listed, or not ours to read: said for this file only.
    return { read: unreadable('', '这个文件读不出来（可能正在写入或没有权限）') }
  }
  const id = fileId(st)
  // The records' text may stay as bytes: the summary takes numbers and codes from them.
  const d = openPackage(bytes, 'bytes')
  if (!d.ok) {
    const read: CachedFile = {
      id,
      sha256: d.sha256,
      ok: false,
      reason: d.reason,
      message: d.message,
      seq: d.pkg?.seq ?? null,
    }
    cache.files[key] = read
    cache.dirty = true
    // Nothing more is done with a file that failed: its bytes (up to 64 MB) are let go now.
    return { read }
  }
  let summary: PackageSummary
  try {
    summary = summarise(d.pkg, d.recordText)
  } catch (e) {
    if (!(e instanceof MalformedSheet)) throw e
    const read: CachedFile = {
      id,
      sha256: d.sha256,
      ok: false,
      reason: 'unreadable',
      message: '包里的公开表格式不对，可能被改动，无法读取',
      seq: d.pkg.seq,
    }
    cache.files[key] = read
    cache.dirty = true
    return { read }
  }
  const read: CachedFile = { id, sha256: d.sha256, ok: true, summary }
  return { read, bytes, checkSignature: d.checkSignature }
}

/** Checks every new file's own signature; a bad one becomes that file's failure. */
function checkEach(fresh: Fresh[]): void {
  for (const f of fresh) {
    if (!f.read.ok || f.checkSignature()) continue
    const { id, sha256, summary } = f.read
    f.read = {
      id,
      sha256,
      ok: false,
      reason: 'signature',
      message: SIGNATURE_CHANGED,
      seq: summary.seq,
    }
  }
}

/** The cache key of a package's first version read from the archive (no inbox file starts with '.'). */
const firstKey = (folder: string, sha256: string) => `${folder}/.first-${sha256}`

/**
 * The versions first seen of packages whose file in the folder is now another version (`shas`),
 * from the cache or else the console's archive (`archive`, absent: none is looked for).
 */
async function firstVersions(
  folder: string,
  shas: ReadonlySet<string>,
  cache: FileCache,
  archive: string | undefined,
): Promise<Map<string, GoodPackage>> {
  const out = new Map<string, GoodPackage>()
  const file = archive ?? ''
  const wanted = new Set<string>()
  for (const sha of shas) {
    const key = firstKey(folder, sha)
    const known = cache.files[key]
    cache.used.add(key)
    if (known?.ok) out.set(sha, { pkg: known.summary, sha256: sha, file })
    else wanted.add(sha)
  }
  if (wanted.size === 0 || !archive) return out
  for (const [sha, a] of await archivedVersions(archive, wanted)) {
    cache.files[firstKey(folder, sha)] = {
      id: 'archive',
      sha256: sha,
      ok: true,
      summary: a.summary,
    }
    cache.dirty = true
    out.set(sha, { pkg: a.summary, sha256: sha, file })
  }
  return out
}

/**
 * Checks every package file in one village folder; `seen` is updated with first sightings.
 * `archive` is the console's archive file for the folder, where a package's first version is
 * read when its file in the folder has been replaced by another; `today` (village day) is kept
 * as the day a correction was first seen; `arrived` is the folder's day file, read where
 * seen.json keeps such a day (see trustedSeenDay).
 */
export async function checkFolder(
  root: string,
  folder: string,
  seen: Seen,
  cache: FileCache = emptyCache(),
  archive?: string,
  today?: string,
  arrived?: ReadonlyMap<string, Arrival>,
): Promise<FolderCheck> {
  const dir = join(root, folder)
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
  // Plain blocking reads: thousands of small files read in a few dozen ms, where the promise
  // API spends most of a second per 10,000 files in handing work to and from its thread pool.
  // The caller yields between folders, so the core still answers other calls while it reads.
  const files: Array<FileRead & Partial<Fresh>> = names.map((file) => {
    const key = `${folder}/${file}`
    return { file, key, ...readOne(join(dir, file), key, cache) }
  })
  const fresh = files.filter((f): f is Fresh => f.checkSignature !== undefined)
  let a = assess(folder, files, seen[folder] ?? {}, undefined, today, arrived)
  if (fresh.length > 0) {
    const clean = a.findings.length === 0 && a.verified === a.chain.length
    const head = clean ? fresh.find((f) => f.file === a.chain.at(-1)?.file) : undefined
    // A clean chain whose head was checked on an earlier open, or checks out now, vouches for all.
    const vouched = clean && (head ? head.checkSignature() : true)
    if (!vouched) {
      checkEach(fresh)
      a = assess(folder, files, seen[folder] ?? {}, undefined, today, arrived)
    }
    for (const f of fresh) cache.files[f.key] = f.read
    cache.dirty = true
  }
  // A package whose file is now another version than the one first seen, or is gone, or is not
  // the signed package any more (a changed byte, another key): the row is made of the first
  // version (the evidence), read from the archive; what happened to the file is said all the same.
  const before = seen[folder] ?? {}
  const displaced = a.chain.filter((g) => {
    const first = before[String(g.pkg.seq)]
    return first !== undefined && first !== g.sha256
  })
  const inChain = new Set(a.chain.map((g) => g.pkg.seq))
  const absent = Object.keys(before)
    .filter((k) => /^\d+$/.test(k) && !inChain.has(Number(k)))
    .map(Number)
  const lost: number[] = []
  if (displaced.length > 0 || absent.length > 0) {
    const seqs = [...displaced.map((g) => g.pkg.seq), ...absent]
    const shas = new Set(seqs.map((seq) => before[String(seq)]!))
    const found = await firstVersions(folder, shas, cache, archive)
    const firstSeen = new Map<number, GoodPackage>()
    for (const seq of seqs) {
      const first = found.get(before[String(seq)]!)
      if (first && first.pkg.seq === seq) firstSeen.set(seq, first)
      // A fork's figures are then the folder's version, and that is said; a package gone or
      // spoiled is said already, and adds nothing.
      else if (!absent.includes(seq)) lost.push(seq)
    }
    a = assess(folder, files, before, firstSeen, today, arrived)
  }
  seen[folder] = a.seen
  for (const seq of lost) {
    a.findings.push({
      kind: 'fork',
      seq,
      message: `第 ${seq} 个包第一次收到的版本在乡镇的存档里找不到了，这一行的数字只能按文件夹里现在的版本算`,
    })
  }
  const problems = a.findings.map((d) => ({ village: a.name, folder, ...d }))
  const { name, fingerprint, chain, verified, forked } = a
  return { folder, name, fingerprint, files: names.length, chain, verified, problems, forked }
}
