/**
 * The day each archived package first arrived, kept beside the archive: `archive/<folder>.days`,
 * a JSON line per package as it is archived ({"sha256", "day"} in the township's day, and
 * `"paired": true` for those that came with the folder's first open, its whole history at once).
 * seen.json keeps the day each correction was first seen (近90天更正); a seen.json rebuilt from
 * the archive takes those days back from here (see seenFromArchive), and the days seen.json
 * keeps are held to what this file bears out (trustedSeenDay).
 */
import { join } from 'node:path'
import { PACKAGE_MAX_BYTES, readCapped } from './read-capped'

/** The day file of one village folder (never a `.jsonl`: it is no folder's archive). */
export const daysFileOf = (stateDir: string, folder: string) =>
  join(stateDir, 'archive', `${folder}.days`)

/**
 * The most of a day file read: a line per package of about 100 bytes, so 600,000 packages, far
 * past any village's; as large as the largest package the console reads at all.
 */
export const DAYS_MAX_BYTES = PACKAGE_MAX_BYTES

/** When a package first arrived, as the day file says it. */
export interface Arrival {
  day: string
  /** It came with the folder's first open: the day says nothing of when it was made. */
  paired: boolean
}

/** The day file's lines for packages archived together on `day`. */
export function arrivalLines(shas: readonly string[], day: string, paired: boolean): Buffer {
  const extra = paired ? { paired: true } : {}
  return Buffer.from(
    shas.map((sha256) => `${JSON.stringify({ sha256, day, ...extra })}\n`).join(''),
  )
}

const SHA256 = /^[0-9a-f]{64}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day written as YYYY-MM-DD, no later than `today`. */
function isDay(day: unknown, today: string): day is string {
  if (typeof day !== 'string' || !DAY.test(day) || day > today) return false
  const d = new Date(`${day}T00:00:00.000Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day
}

/**
 * The day file read back, by package hash. Anyone at the machine can edit it: a line that is
 * not whole (torn by a power cut), not a hash and a real day, or dated after `today`, is left
 * out, and its package counts as if no day were kept (by the village's own date). A package
 * archived again (an open cut short before seen.json was written) takes its last line, the day
 * seen.json kept. A file that cannot be read, or is over DAYS_MAX_BYTES, is none.
 */
export async function readArrivals(file: string, today: string): Promise<Map<string, Arrival>> {
  const out = new Map<string, Arrival>()
  const bytes = await readCapped(file, DAYS_MAX_BYTES)
  if (!bytes) return out
  const text = bytes.toString('utf8')
  for (const line of text.split('\n')) {
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch {
      continue
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue
    const { sha256, day, paired } = v as Record<string, unknown>
    if (typeof sha256 !== 'string' || !SHA256.test(sha256) || !isDay(day, today)) continue
    if (paired !== undefined && paired !== true) continue
    // In the order of the last lines: a package archived again sits where it was archived last.
    out.delete(sha256)
    out.set(sha256, { day, paired: paired === true })
  }
  return out
}

/**
 * The days of `arrivals` as far as the archive bears them out; `order` is the archive's packages
 * (file hashes), in the order they were archived: the order they arrived, each open's after the
 * last's. Anyone at the machine can edit the day file, and a day later than the truth keeps a
 * correction in 近90天更正 longer (a day earlier is no risk: a correction never counts from before
 * the village's own date). So a day is taken as no later than the day of any package archived
 * after it: none arrived after one that came later than it. And the folder's first open cannot be
 * unsaid line by line: a package archived before one marked as come with it (paired) came with it
 * too. What no rule can tell from the truth is a file rewritten whole and consistently (every
 * paired mark taken off, every day moved alike): the day file is no signed record, any more than
 * seen.json is.
 */
export function trustedArrivals(
  order: readonly string[],
  arrivals: ReadonlyMap<string, Arrival>,
): Map<string, Arrival> {
  const out = new Map<string, Arrival>()
  let earliest: string | undefined
  let paired = false
  for (const sha of [...order].reverse()) {
    const a = arrivals.get(sha)
    if (!a || out.has(sha)) continue
    if (earliest === undefined || a.day < earliest) earliest = a.day
    paired ||= a.paired
    out.set(sha, { day: earliest, paired })
  }
  return out
}

/** The latest day anything can be: no day is later (no check against today where none is known). */
const NO_TODAY = '9999-12-31'

/**
 * The day file read as far as it bears itself out (trustedArrivals), its lines' order standing
 * for the archive's: each open's lines are appended just before its packages are archived, in
 * the same order. Read only for a folder whose seen.json keeps a day for a correction.
 */
export async function arrivalsInOrder(
  file: string,
  today: string | undefined,
): Promise<Map<string, Arrival>> {
  const arrivals = await readArrivals(file, today ?? NO_TODAY)
  return trustedArrivals([...arrivals.keys()], arrivals)
}

/**
 * The day seen.json keeps for a correction first seen on a later open (`d<seq>`), as far as it
 * can be trusted; `sha256` is the package first seen, `arrived` the day file as it bears itself
 * out (arrivalsInOrder). Anyone at the machine can edit seen.json too, and a day later than the
 * truth keeps a correction in 近90天更正 longer. The same rule as for the day file: a day that is
 * not a real day, or is after `today`, is not taken (the correction counts by the village's own
 * date); one the day file has a line for is no later than the day that line bears out; and a
 * package the day file says came with the folder's first open has no such day at all. A package
 * the day file has no line for (seen before this version, or the file gone) keeps its day.
 */
export function trustedSeenDay(
  day: string | undefined,
  sha256: string | undefined,
  today: string | undefined,
  arrived: ReadonlyMap<string, Arrival> | undefined,
): string | undefined {
  if (!isDay(day, today ?? NO_TODAY)) return undefined
  const line = sha256 === undefined ? undefined : arrived?.get(sha256)
  if (!line) return day
  if (line.paired) return undefined
  return line.day < day ? line.day : day
}
