/**
 * The 乡镇汇总 console's data: every village folder of the inbox checked, problems first, with
 * what this console saw before kept beside it (seen.json and first-seen copies) as evidence,
 * and a cache of checked files so a later open reads only what is new or changed.
 */
import { mkdir, open, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipOverview, TownshipProgress } from '../../../contract'
import { villageDay } from '../services/questions/deadline'
import { writeFileDurable } from '../store/fs-safe'
import { FILES_AT_ONCE, mapLimit } from './pool'
import { checkFolder, emptyCache, type FileCache, type FolderCheck, type Seen } from './inbox'
import { villageRow } from './village-row'

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return fallback
  }
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
) {
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

/** Reads the inbox (one sub-folder per village) and builds the console's view, telling how far. */
export async function townshipOverview(
  inbox: string,
  stateDir: string,
  now: Date,
  onProgress: (p: TownshipProgress) => void = () => {},
): Promise<TownshipOverview> {
  const today = villageDay(now)
  const seenFile = join(stateDir, 'seen.json')
  const cacheFile = join(stateDir, 'files.json')
  const seen = await readJson<Seen>(seenFile, {})
  const cache: FileCache = { ...emptyCache(), files: await readJson(cacheFile, {}) }
  const before = JSON.stringify(seen)
  const entries = await readdir(inbox, { withFileTypes: true }).catch(() => [])
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  const checks: FolderCheck[] = []
  onProgress({ done: 0, total: folders.length })
  for (const folder of folders) {
    const known = new Set(Object.keys(seen[folder] ?? {}))
    const check = await checkFolder(inbox, folder, seen, cache)
    await archiveFresh(inbox, stateDir, check, known)
    checks.push(check)
    onProgress({ done: checks.length, total: folders.length })
  }
  await mkdir(stateDir, { recursive: true })
  if (JSON.stringify(seen) !== before) await writeFileDurable(seenFile, JSON.stringify(seen))
  const gone = Object.keys(cache.files).filter((k) => !cache.used.has(k))
  for (const k of gone) delete cache.files[k]
  if (cache.dirty || gone.length > 0) await writeFileDurable(cacheFile, JSON.stringify(cache.files))
  const villages = checks.map((c) => villageRow(c, today))
  villages.sort(
    (a, b) =>
      Number(a.ok) - Number(b.ok) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  )
  return { today, inbox, problems: checks.flatMap((c) => c.problems), villages }
}
