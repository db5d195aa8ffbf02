/**
 * The console's own record of what it saw (seen.json: folder → seq → sha256 first seen, forks,
 * the days corrections were first seen), read back, and made again from the archive when it is
 * lost or damaged: that is noted in seen-rebuilt.json and said in the red box until cleared.
 */
import { readdir, readFile, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipProblem } from '../../../contract'
import { writeFileDurable } from '../store/fs-safe'
import { villageDay } from '../services/questions/deadline'
import { archiveFileOf, seenFromArchive } from './archive'
import { daysFileOf, readArrivals } from './arrivals'
import type { Seen } from './inbox'

/** A JSON file read back, or `fallback` when it is not there or not JSON. */
export async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/** A copy of `o` without a prototype: a key named __proto__ or constructor is a plain key. */
export function bare<T extends object>(o: T): T {
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
export type SeenState = 'ok' | 'missing' | 'damaged'

/** A folder's record in seen.json: seq (or fork key) → sha256, nothing else. */
const isRecord = (v: unknown): v is Record<string, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((h) => typeof h === 'string')

/** seen.json, with each folder's record that is not one left out (and the file said damaged). */
export async function readSeen(file: string): Promise<{ seen: Seen; state: SeenState }> {
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
export interface Rebuilt {
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
export const REBUILT_FILE = 'seen-rebuilt.json'

/** The township's day (UTC+8) of a moment read back; one that is no time is cut as written. */
const dayOf = (at: string) => (Number.isNaN(Date.parse(at)) ? at.slice(0, 10) : villageDay(at))

/** Where a damaged seen.json found at `at` is kept: from the time alone, never a path read back. */
const damagedName = (at: string) => `seen-damaged-${at.replace(/[:.]/g, '-')}.json`
/** Every name damagedName makes (an ISO time with `:` and `.` as `-`). */
export const DAMAGED_SEEN_FILE = /^seen-damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/

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
 * and every other version, so each such village's record is made again from it, into `seen`,
 * with the day each later correction arrived from the day file beside it (arrivals.ts).
 * Returns what was rebuilt now (null: nothing was); `carried` is the same loss said by an open
 * cut short, gone on with. Nothing is written here (see keepRebuild).
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
    const arrivals = await readArrivals(daysFileOf(stateDir, folder), villageDay(now))
    const r = await seenFromArchive(archiveFileOf(stateDir, folder), arrivals)
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
    // The damaged file is kept as it was (evidence), never written over: moved aside, or, where
    // the system will not move it (a Windows lock, a scan holding it), copied aside whole.
    const keptFile = join(stateDir, rebuilt.keptAs)
    await rename(seenFile, keptFile).catch(async () => {
      const bytes = await readFile(seenFile).catch(() => null)
      if (bytes) await writeFileDurable(keptFile, bytes)
      else delete rebuilt.keptAs
    })
  }
  await writeFileDurable(seenFile, JSON.stringify(seen))
  delete rebuilt.unfinished
  await writeFileDurable(rebuiltFile, JSON.stringify(events))
}

/** The red box's line about the console's own record, while seen-rebuilt.json is there. */
export function rebuiltNotice(events: Rebuilt[]): TownshipProblem | null {
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
      `${dayOf(last.at)} 打开时发现，乡镇这边记下的“收到过哪些包”（township/seen.json）${what}${times}。` +
      `${found}${bad}` +
      '请查一查是谁动过这个文件（也可能是保存时断电）；查清以后删掉 township/seen-rebuilt.json，这条提示就不再显示。',
  }
}

/**
 * Makes `seen` whole again from the archive where it was lost (see rebuildSeen), writing that
 * crash-safe (keepRebuild), and finishes a loss an open cut short left unfinished. Returns the
 * losses said so far (seen-rebuilt.json), for the red box.
 */
export async function recoverSeen(
  stateDir: string,
  seenFile: string,
  seen: Seen,
  state: SeenState,
  now: Date,
  reading: ReadonlySet<string>,
): Promise<Rebuilt[]> {
  const rebuiltFile = join(stateDir, REBUILT_FILE)
  const kept = await readJson<unknown>(rebuiltFile, [])
  const events = Array.isArray(kept) ? (kept as Rebuilt[]) : []
  const last = unfinishedLast(events)
  const carried = last && (await sameLoss(stateDir, last, state)) ? last : null
  const rebuilt = await rebuildSeen(stateDir, seen, state, now, reading, carried)
  // An unfinished loss not gone on with now: the rebuilt seen.json was on disk before the cut
  // (found whole now), or another loss came after it. Either way it was said, and is finished.
  if (last && !(rebuilt && carried)) delete last.unfinished
  // The rebuilt record at once, not only when the open finishes: cut short (a power cut), the
  // next open would find it gone again and say a second loss, of another kind.
  if (rebuilt) await keepRebuild(stateDir, seenFile, seen, state, events, rebuilt, carried)
  else if (last) await writeFileDurable(rebuiltFile, JSON.stringify(events))
  return events
}
