/**
 * The 乡镇汇总 console's data: every village folder of the inbox checked, problems first, with
 * what this console saw before kept beside it (seen.json and first-seen copies) as evidence,
 * and a cache of checked files so a later open reads only what is new or changed.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipOverview, TownshipProblem, TownshipProgress } from '../../../contract'
import { villageDay } from '../services/questions/deadline'
import { writeFileDurable } from '../store/fs-safe'
import { seenFromArchive } from './archive'
import { sharedKeys, sharedNames } from './clashes'
import type { Seen } from './inbox'
import { runFolderJobs, type StartReader } from './readers'
import type { CachedFile } from './summary'
import { villageRow } from './village-row'

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/** A copy of `o` without a prototype: a key named __proto__ or constructor is a plain key. */
function bare<T extends object>(o: T): T {
  const out = Object.create(null) as T
  for (const [k, v] of Object.entries(o)) {
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

/** How seen.json was found: whole, not there, or there and not readable as a record. */
type SeenState = 'ok' | 'missing' | 'damaged'

/** A folder's record in seen.json: seq (or fork key) → sha256, nothing else. */
const isRecord = (v: unknown): v is Record<string, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((h) => typeof h === 'string')

/** seen.json, with each folder's record that is not one left out (and the file said damaged). */
async function readSeen(file: string): Promise<{ seen: Seen; state: SeenState }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT'
    return { seen: bare({}), state: missing ? 'missing' : 'damaged' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { seen: bare({}), state: 'damaged' }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { seen: bare({}), state: 'damaged' }
  const seen = bare(parsed as Seen)
  let state: SeenState = 'ok'
  for (const [folder, record] of Object.entries(seen)) {
    if (isRecord(record)) continue
    delete seen[folder]
    state = 'damaged'
  }
  return { seen, state }
}

/** Village folders with an archive (a file with something in it) in the console's folder. */
async function archivedFolders(stateDir: string): Promise<string[]> {
  const entries = await readdir(join(stateDir, 'archive'), { withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl') && e.name.length > '.jsonl'.length)
    .map((e) => e.name.slice(0, -'.jsonl'.length))
}

/** What the console kept of each time its seen.json was lost and rebuilt from the archive. */
interface Rebuilt {
  at: string
  state: SeenState
  /** The damaged file as it was, kept under this name. */
  keptAs?: string
  folders: string[]
  /** Archive lines not counted: not a package, or not signed as archived. */
  bad: number
  /**
   * Said before the rebuilt seen.json was on disk: an open cut short (a power cut) before it
   * was leaves the loss said once, and the next open goes on with this same one.
   */
  unfinished?: true
}
const REBUILT_FILE = 'seen-rebuilt.json'
/** The village folders an open is reading for the first time, until seen.json holds them. */
const PENDING_FILE = 'seen-pending.json'

/** Where a damaged seen.json found at `at` is kept: from the time alone, never a path read back. */
const damagedName = (at: string) => `seen-damaged-${at.replace(/[:.]/g, '-')}.json`

/** The last loss said, when an open cut short left it unfinished (its time read back whole). */
function unfinishedLast(events: readonly Rebuilt[]): Rebuilt | null {
  const last = events.at(-1) as Partial<Rebuilt> | null | undefined
  if (!last || typeof last !== 'object' || last.unfinished !== true) return null
  const at = typeof last.at === 'string' ? last.at : ''
  if (Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) return null
  return last as Rebuilt
}

/**
 * Whether a loss found now is the unfinished one gone on with: of its kind, or its damaged file
 * already moved aside (found missing now, and the kept file there). Said on, not said twice.
 */
async function sameLoss(stateDir: string, last: Rebuilt, state: SeenState): Promise<boolean> {
  if (last.state === state) return true
  if (last.state !== 'damaged' || state !== 'missing') return false
  return stat(join(stateDir, damagedName(last.at))).then(
    (s) => s.isFile(),
    () => false,
  )
}

/**
 * A seen.json lost (deleted, damaged, or without a village its archive holds) would drop every
 * red mark it carried: forks, packages taken back. The archive holds each package as first seen
 * and every other version, so each such village's record is made again from it, into `seen`.
 * Returns what was rebuilt now (null: nothing was); `carried` is the same loss said by an open
 * cut short, gone on with. Nothing is written here (see townshipOverview).
 */
async function rebuildSeen(
  stateDir: string,
  seen: Seen,
  state: SeenState,
  now: Date,
  reading: ReadonlySet<string>,
  carried: Rebuilt | null,
): Promise<Rebuilt | null> {
  const lost = (await archivedFolders(stateDir)).filter((f) => !Object.hasOwn(seen, f)).sort()
  if (lost.length === 0 && state !== 'damaged') return null
  const folders: string[] = []
  let bad = 0
  for (const folder of lost) {
    const r = await seenFromArchive(join(stateDir, 'archive', `${folder}.jsonl`))
    // A village an open was reading for the first time when it was cut short (closed, power
    // lost): archived, its record not yet written. Taken back quietly, a torn last line too.
    const cut = reading.has(folder)
    if (!cut) bad += r.bad
    if (r.packages === 0) continue
    seen[folder] = r.seen
    if (!cut) folders.push(folder)
  }
  if (carried) {
    // The same loss, gone on with: its time, kind and kept file name stay.
    const said = Array.isArray(carried.folders) ? carried.folders.map(String) : []
    const all = [...new Set([...said, ...folders])].sort()
    const before = Number.isSafeInteger(carried.bad) ? carried.bad : 0
    const keptAs = carried.state === 'damaged' ? { keptAs: damagedName(carried.at) } : {}
    const { at, state: was } = carried
    return { at, state: was, ...keptAs, folders: all, bad: Math.max(before, bad), unfinished: true }
  }
  if (folders.length === 0 && bad === 0 && state !== 'damaged') return null
  const at = now.toISOString()
  const keptAs = state === 'damaged' ? { keptAs: damagedName(at) } : {}
  return { at, state, ...keptAs, folders, bad, unfinished: true }
}

/**
 * Writes a rebuild to disk so that a power cut between any two of its files says the loss once:
 * the loss first (unfinished), the damaged file moved aside, the rebuilt seen.json, then the
 * loss marked finished. Cut short before the end, the next open finds the same loss and goes on
 * with it (sameLoss), or finds seen.json whole and only marks it finished.
 */
async function keepRebuild(
  stateDir: string,
  seenFile: string,
  seen: Seen,
  state: SeenState,
  events: Rebuilt[],
  rebuilt: Rebuilt,
  carried: Rebuilt | null,
): Promise<void> {
  const rebuiltFile = join(stateDir, REBUILT_FILE)
  if (carried) events[events.length - 1] = rebuilt
  else events.push(rebuilt)
  await writeFileDurable(rebuiltFile, JSON.stringify(events))
  if (state === 'damaged' && rebuilt.keptAs) {
    // The damaged file is kept as it was (evidence), never written over.
    await rename(seenFile, join(stateDir, rebuilt.keptAs)).catch(() => delete rebuilt.keptAs)
  }
  await writeFileDurable(seenFile, JSON.stringify(seen))
  delete rebuilt.unfinished
  await writeFileDurable(rebuiltFile, JSON.stringify(events))
}

/** The red box's line about the console's own record, while seen-rebuilt.json is there. */
function rebuiltNotice(events: Rebuilt[]): TownshipProblem | null {
  const kept = events.at(-1)
  if (!kept || typeof kept !== 'object') return null
  // Read back from a file anyone at the machine can edit: each field taken only as what it is.
  const last: Rebuilt = {
    at: typeof kept.at === 'string' ? kept.at : '',
    state: kept.state,
    ...(typeof kept.keptAs === 'string' ? { keptAs: kept.keptAs } : {}),
    folders: Array.isArray(kept.folders) ? kept.folders.map(String) : [],
    bad: Number.isSafeInteger(kept.bad) ? kept.bad : 0,
  }
  const what =
    last.state === 'missing'
      ? '不见了（被删除）'
      : last.state === 'damaged'
        ? `损坏了，读不出来${last.keptAs ? `（原样另存为 township/${last.keptAs}）` : ''}`
        : `里少了 ${last.folders.join('、')} 的记录`
  const bad = last.bad > 0 ? `存档里另有 ${last.bad} 行读不出来或签名不对，没有算进去。` : ''
  const times = events.length > 1 ? `（这已经是第 ${events.length} 次）` : ''
  // Nothing in the archive to go by (none kept, or none of its lines a package): the record
  // is gone, and saying "found again for 0 villages" would read as if all were well.
  const found =
    last.folders.length > 0
      ? `已按存档重新找回 ${last.folders.length} 个村以前收到的包，以前的红字照样显示。`
      : '存档（township/archive/）里没有可以用来找回的包，这份记录没能找回：' +
        '以前每个包第一次收到的是哪个版本、以前的红字，都已经查不到了，从这次打开起重新记。'
  return {
    village: '乡镇汇总',
    folder: '',
    kind: 'record',
    seq: null,
    message:
      `${last.at.slice(0, 10)} 打开时发现，乡镇这边记下的“收到过哪些包”（township/seen.json）${what}${times}。` +
      `${found}${bad}` +
      '请查一查是谁动过这个文件（也可能是保存时断电）；查清以后删掉 township/seen-rebuilt.json，这条提示就不再显示。',
  }
}

/** The file cache, and the caches before it (their summaries are summed differently). */
const CACHE_FILE = 'files-4.json'
const OLD_CACHE_FILES = ['files.json', 'files-2.json', 'files-3.json']

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
  const seenFile = join(stateDir, 'seen.json')
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
  await mkdir(stateDir, { recursive: true })
  // Lost or damaged, seen.json is made again from the archive, and that is said until cleared.
  const rebuiltFile = join(stateDir, REBUILT_FILE)
  // Villages the last open was reading for the first time, when it did not finish.
  const pendingFile = join(stateDir, PENDING_FILE)
  const pending = await readJson<unknown>(pendingFile, [])
  const reading = new Set(Array.isArray(pending) ? pending.map(String) : [])
  const kept = await readJson<unknown>(rebuiltFile, [])
  const events = Array.isArray(kept) ? (kept as Rebuilt[]) : []
  const last = unfinishedLast(events)
  const carried = last && (await sameLoss(stateDir, last, read.state)) ? last : null
  const rebuilt = await rebuildSeen(stateDir, seen, read.state, now, reading, carried)
  // An unfinished loss not gone on with now: the rebuilt seen.json was on disk before the cut
  // (found whole now), or another loss came after it. Either way it was said, and is finished.
  if (last && !(rebuilt && carried)) delete last.unfinished
  // The rebuilt record at once, not only when the open finishes: cut short (a power cut), the
  // next open would find it gone again and say a second loss, of another kind.
  if (rebuilt) await keepRebuild(stateDir, seenFile, seen, read.state, events, rebuilt, carried)
  else if (last) await writeFileDurable(rebuiltFile, JSON.stringify(events))
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
