/**
 * The 乡镇汇总 console's data: every village folder of the inbox checked, problems first, with
 * what this console saw before kept beside it (seen.json and first-seen copies) as evidence,
 * and a cache of checked files so a later open reads only what is new or changed.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipOverview } from '../../../contract'
import { villageDay } from '../services/questions/deadline'
import { writeFileDurable } from '../store/fs-safe'
import { checkFolder, emptyCache, type FileCache, type FolderCheck, type Seen } from './inbox'
import { villageRow } from './village-row'

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/** Keeps a copy of each package the first time it is seen: evidence if it is swapped later. */
async function archiveFresh(
  inbox: string,
  stateDir: string,
  check: FolderCheck,
  known: Set<string>,
) {
  const fresh = check.chain.filter((g) => !known.has(String(g.pkg.seq)))
  if (fresh.length === 0) return
  const archive = join(stateDir, 'archive', check.folder)
  await mkdir(archive, { recursive: true })
  for (const g of fresh) {
    const copy = `${g.file.replace(/\.json$/, '')}-${g.sha256.slice(0, 12)}.json`
    await copyFile(join(inbox, check.folder, g.file), join(archive, copy))
  }
}

/** Reads the inbox (one sub-folder per village) and builds the console's view. */
export async function townshipOverview(
  inbox: string,
  stateDir: string,
  now: Date,
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
  for (const folder of folders) {
    const known = new Set(Object.keys(seen[folder] ?? {}))
    const check = await checkFolder(inbox, folder, seen, cache)
    await archiveFresh(inbox, stateDir, check, known)
    checks.push(check)
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
