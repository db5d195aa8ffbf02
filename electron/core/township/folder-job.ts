/**
 * One village folder's share of a console open, as plain data in and out: checked (inbox.ts),
 * its first-seen packages archived, and what changed in `seen` and the file cache handed back.
 * The same function runs on the core's thread or on a reader thread (reader-worker.ts), so a
 * first open over thousands of packages can use every core the machine has.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appendLines, makeFolder } from './append-lines'
import { archiveFileOf } from './archive'
import { arrivalLines, arrivalsInOrder, daysFileOf } from './arrivals'
import { diskWords } from './disk-words'
import type { CachedFile } from './summary'
import { checkFolder, type FolderCheck } from './inbox'
import { FILES_AT_ONCE, mapLimit } from './pool'
import { tooBig } from './too-big'

export interface FolderJob {
  inbox: string
  /** The console's own folder (archive/ is under it). */
  stateDir: string
  folder: string
  /** seq → sha256 this console saw before in this folder. */
  seen: Record<string, string>
  /** The file cache's entries for this folder ('folder/name' → what was read). */
  cached: Record<string, CachedFile>
  /** Today (village day): kept as the day a correction is first seen. */
  today?: string
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

/** A folder that could not be read or kept: shown with its problem, the others go on. */
function failed(job: FolderJob, message: string, check?: FolderCheck): FolderDone {
  const problem = {
    village: check?.name ?? job.folder,
    folder: job.folder,
    kind: 'unreadable' as const,
    seq: null,
    message,
  }
  const base: FolderCheck = check ?? {
    folder: job.folder,
    name: job.folder,
    fingerprint: '',
    files: 0,
    chain: [],
    verified: 0,
    problems: [],
    forked: [],
  }
  // What was seen before stays as it was: this open's sightings are taken again next time.
  return {
    check: { ...base, problems: [...base.problems, problem] },
    seen: job.seen,
    files: job.cached,
    dirty: false,
  }
}

/**
 * Checks one folder and archives what it had not seen before. A folder that cannot be read
 * (no permission) or whose packages cannot be archived is one village's problem, said on its
 * row; it never stops the console for the others.
 */
export async function runFolderJob(job: FolderJob): Promise<FolderDone> {
  const seen = { [job.folder]: job.seen }
  const cache = { files: job.cached, dirty: false, used: new Set<string>() }
  const known = new Set(Object.keys(job.seen))
  let check: FolderCheck
  try {
    // The day file, only for a folder whose seen.json keeps the day a correction arrived: those
    // days are held to it (trustedSeenDay).
    const keepsDays = [...known].some((k) => /^d\d+$/.test(k))
    const days = daysFileOf(job.stateDir, job.folder)
    const arrived = keepsDays ? await arrivalsInOrder(days, job.today) : undefined
    check = await checkFolder(
      job.inbox,
      job.folder,
      seen,
      cache,
      archiveFileOf(job.stateDir, job.folder),
      job.today,
      arrived,
    )
  } catch (e) {
    return failed(
      job,
      `这个村的文件夹（${job.folder}）读不出来（${diskWords(e, 'read')}），其他村照常显示`,
    )
  }
  try {
    // A folder with no package seen before: this open brings its whole history at once.
    const paired = ![...known].some((k) => /^\d+$/.test(k))
    await archiveFresh(job.inbox, job.stateDir, check, known, job.today, paired)
  } catch (e) {
    for (const g of [...check.chain, ...check.forked]) delete g.bytes
    return failed(
      job,
      `这个村新收到的包没能存档（${diskWords(e, 'write')}），下次打开时再存`,
      check,
    )
  }
  check.problems.push(...(await tooBig(job.stateDir, check)))
  const files: Record<string, CachedFile> = {}
  for (const key of cache.used) if (cache.files[key]) files[key] = cache.files[key]
  return { check, seen: seen[job.folder]!, files, dirty: cache.dirty }
}

/**
 * Keeps the bytes of each package the first time it is seen: evidence if it is swapped later.
 * One file per village (`archive/<folder>.jsonl`, a package per line, as signed), appended once
 * per open, so a first open over thousands of packages writes 30 files, not thousands; and the
 * day (`today`) they arrived beside it (`archive/<folder>.days`, see arrivals.ts), `paired`
 * when the open is the folder's first.
 */
async function archiveFresh(
  inbox: string,
  stateDir: string,
  check: FolderCheck,
  known: Set<string>,
  today: string | undefined,
  paired: boolean,
): Promise<void> {
  // First sightings, and a second version of a package (a fork) the first time it is seen.
  const fresh = [...check.chain.filter((g) => !known.has(String(g.pkg.seq))), ...check.forked]
  // The bytes this open checked; a package checked on an earlier open is read again.
  const bytes = await mapLimit(
    fresh,
    FILES_AT_ONCE,
    async (g) => g.bytes ?? readFile(join(inbox, check.folder, g.file)),
  )
  for (const g of [...check.chain, ...check.forked]) delete g.bytes
  if (bytes.length === 0) return
  await makeFolder(join(stateDir, 'archive'))
  // The day they arrived first: a power cut before the packages are archived leaves them unseen
  // in seen.json, archived on the next open with that day (the last line for a package counts),
  // and a day file that cannot be written leaves nothing archived without its day.
  if (today) {
    const shas = fresh.map((g) => g.sha256)
    await appendLines(daysFileOf(stateDir, check.folder), [arrivalLines(shas, today, paired)])
  }
  // Written as read, a newline after each: no copy of the folder's packages (MBs) in between.
  const parts = bytes.flatMap((b) => (b.at(-1) === 0x0a ? [b] : [b, NEWLINE]))
  // On disk before seen.json (written durably after) says these packages were seen.
  await appendLines(archiveFileOf(stateDir, check.folder), parts)
}

const NEWLINE = Buffer.from('\n')
