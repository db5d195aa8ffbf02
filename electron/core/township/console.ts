/**
 * The 乡镇汇总 console's data: every village folder of the inbox checked, problems first, with
 * what this console saw before kept beside it (seen.json and first-seen copies) as evidence,
 * and a cache of checked files so a later open reads only what is new or changed.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipOverview, TownshipProblem, TownshipProgress } from '../../../contract'
import { villageDay } from '../services/questions/deadline'
import { writeFileDurable } from '../store/fs-safe'
import { makeFolder } from './append-lines'
import { sharedKeys, sharedNames } from './clashes'
import { runFolderJobs, type StartReader } from './readers'
import {
  bare,
  DAMAGED_SEEN_FILE,
  readJson,
  readSeen,
  REBUILT_FILE,
  rebuiltNotice,
  recoverSeen,
} from './seen-record'
import type { CachedFile } from './summary'
import { villageRow } from './village-row'

/** The village folders an open is reading for the first time, until seen.json holds them. */
const PENDING_FILE = 'seen-pending.json'

/** The file cache, and the caches before it (their summaries are summed differently). */
const CACHE_FILE = 'files-4.json'
const OLD_CACHE_FILES = ['files.json', 'files-2.json', 'files-3.json']
const SEEN_FILE = 'seen.json'

/** The console's own folder inside the data folder, and the files it writes there whole. */
export const TOWNSHIP_STATE_DIR = 'township'
export const TOWNSHIP_STATE_FILES: readonly string[] = [
  SEEN_FILE,
  PENDING_FILE,
  CACHE_FILE,
  ...OLD_CACHE_FILES,
  REBUILT_FILE,
]

/** Whether the console writes this file whole in its folder (a damaged seen.json's copy too). */
export const writesTownshipState = (name: string): boolean =>
  TOWNSHIP_STATE_FILES.includes(name) || DAMAGED_SEEN_FILE.test(name)

/** Problems listed one by one per village; a folder of junk files is said in one more line. */
export const PROBLEMS_PER_VILLAGE = 20

function atMost(problems: TownshipProblem[]): TownshipProblem[] {
  if (problems.length <= PROBLEMS_PER_VILLAGE) return problems
  const shown = problems.slice(0, PROBLEMS_PER_VILLAGE - 1)
  const first = problems[0]!
  return [
    ...shown,
    {
      village: first.village,
      folder: first.folder,
      kind: first.kind,
      seq: null,
      message: `这个村的文件夹里另有 ${problems.length - shown.length} 个问题没有逐个列出，请先处理上面这些，或请技术人员查看这个文件夹`,
    },
  ]
}

/**
 * Reads the inbox (one sub-folder per village) and builds the console's view, telling how far;
 * `readers` share the folders out to reader threads (see readers.ts).
 */
export async function townshipOverview(
  inbox: string,
  stateDir: string,
  now: Date,
  onProgress: (p: TownshipProgress) => void = () => {},
  readers: { start?: StartReader; threads?: number } = {},
): Promise<TownshipOverview> {
  const today = villageDay(now)
  const seenFile = join(stateDir, SEEN_FILE)
  // files-4: late answers (files-3: 管理费用 counts 干部报酬 and 办公费; files-2: withheld
  // counts); a cache from before is left unread, so every package is summed again once.
  const cacheFile = join(stateDir, CACHE_FILE)
  // Keyed by folder names, which are anyone's to choose (constructor, __proto__): objects
  // without a prototype, so every name is a plain key.
  const read = await readSeen(seenFile)
  const seen = read.seen
  const cache = bare(await readJson<Record<string, CachedFile>>(cacheFile, {}))
  // A damaged seen.json is moved aside below: the record is written again whatever it holds.
  const before = read.state === 'damaged' ? '' : JSON.stringify(seen)
  await makeFolder(stateDir)
  // Villages the last open was reading for the first time, when it did not finish.
  const pendingFile = join(stateDir, PENDING_FILE)
  const pending = await readJson<unknown>(pendingFile, [])
  const reading = new Set(Array.isArray(pending) ? pending.map(String) : [])
  // Lost or damaged, seen.json is made again from the archive, and that is said until cleared.
  const events = await recoverSeen(stateDir, seenFile, seen, read.state, now, reading)
  const entries = await readdir(inbox, { withFileTypes: true }).catch(() => [])
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  // The cache's entries by folder, so each folder's job carries only its own.
  const cachedIn = new Map<string, Record<string, CachedFile>>()
  for (const [key, file] of Object.entries(cache)) {
    const folder = key.slice(0, key.indexOf('/'))
    const own = cachedIn.get(folder) ?? {}
    own[key] = file
    cachedIn.set(folder, own)
  }
  const jobs = folders.map((folder) => ({
    inbox,
    stateDir,
    folder,
    seen: Object.hasOwn(seen, folder) ? seen[folder]! : {},
    cached: cachedIn.get(folder) ?? {},
    today,
  }))
  // Said before any is read (and archived), cleared once seen.json holds them: an open cut short
  // leaves their archive without a record, which is no one wiping the record (rebuildSeen).
  const fresh = folders.filter((f) => !Object.hasOwn(seen, f))
  if (fresh.length > 0) await writeFileDurable(pendingFile, JSON.stringify(fresh))
  let done = 0
  onProgress({ done, total: folders.length })
  const results = await runFolderJobs(
    jobs,
    () => onProgress({ done: ++done, total: folders.length }),
    readers,
  )
  const files: Record<string, CachedFile> = bare({})
  for (const r of results) {
    seen[r.check.folder] = r.seen
    Object.assign(files, r.files)
  }
  const checks = results.map((r) => r.check)
  sharedKeys(checks)
  sharedNames(checks)
  for (const c of checks) c.problems = atMost(c.problems)
  if (JSON.stringify(seen) !== before) await writeFileDurable(seenFile, JSON.stringify(seen))
  await rm(pendingFile, { force: true })
  // Entries for files no longer in the inbox are dropped.
  const gone = Object.keys(cache).some((k) => !(k in files))
  if (results.some((r) => r.dirty) || gone) {
    await writeFileDurable(cacheFile, JSON.stringify(files))
    for (const old of OLD_CACHE_FILES) await rm(join(stateDir, old), { force: true })
  }
  const villages = checks.map((c) => villageRow(c, today))
  villages.sort(
    (a, b) =>
      Number(a.ok) - Number(b.ok) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  )
  // A village folder seen before and now gone entirely: said, never just left out of the list.
  // Packages by seq (another version of one, `f<seq>:<sha256>`, is no package more).
  const received = (folder: string) => Object.keys(seen[folder]!).filter((k) => /^\d+$/.test(k))
  const vanished = Object.keys(seen)
    .filter((folder) => !folders.includes(folder) && received(folder).length > 0)
    .sort()
    .map((folder) => ({
      village: folder,
      folder,
      kind: 'missing' as const,
      seq: null,
      message: `这个村的文件夹（${folder}）以前收到过 ${received(folder).length} 个包，现在整个不见了`,
    }))
  // A link in the inbox is not followed (it could point anywhere on the machine), and not
  // left out without a word either.
  const linked = entries
    .filter((e) => e.isSymbolicLink() && !e.name.startsWith('.'))
    .map((e) => ({
      village: e.name,
      folder: e.name,
      kind: 'unreadable' as const,
      seq: null,
      message: `收件箱里的“${e.name}”是一个链接（快捷方式），没有读取：请把这个村真正的文件夹放进收件箱`,
    }))
  const record = rebuiltNotice(events)
  return {
    today,
    inbox,
    problems: [
      ...(record ? [record] : []),
      ...vanished,
      ...linked,
      ...checks.flatMap((c) => c.problems),
    ],
    villages,
  }
}
