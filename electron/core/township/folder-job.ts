/**
 * One village folder's share of a console open, as plain data in and out: checked (inbox.ts),
 * its first-seen packages archived, and what changed in `seen` and the file cache handed back.
 * The same function runs on the core's thread or on a reader thread (reader-worker.ts), so a
 * first open over thousands of packages can use every core the machine has.
 */
import { mkdir, open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CachedFile } from './summary'
import { checkFolder, type FolderCheck } from './inbox'
import { FILES_AT_ONCE, mapLimit } from './pool'

export interface FolderJob {
  inbox: string
  /** The console's own folder (archive/ is under it). */
  stateDir: string
  folder: string
  /** seq → sha256 this console saw before in this folder. */
  seen: Record<string, string>
  /** The file cache's entries for this folder ('folder/name' → what was read). */
  cached: Record<string, CachedFile>
}

export interface FolderDone {
  check: FolderCheck
  /** seq → sha256 seen, with this open's first sightings. */
  seen: Record<string, string>
  /** The cache entries this open looked at, read again where the file changed. */
  files: Record<string, CachedFile>
  /** Whether any file was read (not taken from the cache). */
  dirty: boolean
}

/** Checks one folder and archives what it had not seen before. */
export async function runFolderJob(job: FolderJob): Promise<FolderDone> {
  const seen = { [job.folder]: job.seen }
  const cache = { files: job.cached, dirty: false, used: new Set<string>() }
  const known = new Set(Object.keys(job.seen))
  const check = await checkFolder(job.inbox, job.folder, seen, cache)
  await archiveFresh(job.inbox, job.stateDir, check, known)
  const files: Record<string, CachedFile> = {}
  for (const key of cache.used) if (cache.files[key]) files[key] = cache.files[key]
  return { check, seen: seen[job.folder]!, files, dirty: cache.dirty }
}

/**
 * Keeps the bytes of each package the first time it is seen: evidence if it is swapped later.
 * One file per village (`archive/<folder>.jsonl`, a package per line, as signed), appended once
 * per open, so a first open over thousands of packages writes 30 files, not thousands.
 */
async function archiveFresh(
  inbox: string,
  stateDir: string,
  check: FolderCheck,
  known: Set<string>,
): Promise<void> {
  const fresh = check.chain.filter((g) => !known.has(String(g.pkg.seq)))
  // The bytes this open checked; a package checked on an earlier open is read again.
  const bytes = await mapLimit(
    fresh,
    FILES_AT_ONCE,
    async (g) => g.bytes ?? readFile(join(inbox, check.folder, g.file)),
  )
  for (const g of check.chain) delete g.bytes
  if (bytes.length === 0) return
  const archive = join(stateDir, 'archive')
  await mkdir(archive, { recursive: true })
  // Written as read, a newline after each: no copy of the folder's packages (MBs) in between.
  const parts = bytes.flatMap((b) => (b.at(-1) === 0x0a ? [b] : [b, NEWLINE]))
  const file = await open(join(archive, `${check.folder}.jsonl`), 'a')
  try {
    const total = parts.reduce((n, b) => n + b.length, 0)
    const { bytesWritten } = await file.writev(parts)
    // A short write (a full disk gives an error instead) goes on where it stopped.
    if (bytesWritten < total) await file.write(Buffer.concat(parts).subarray(bytesWritten))
  } finally {
    await file.close()
  }
}

const NEWLINE = Buffer.from('\n')
