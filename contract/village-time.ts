/**
 * The village's clock: China Standard Time, UTC+8 all year (no summer time since 1991).
 * Every "today", deadline, period end and shown time is read on this clock, never the host's
 * zone: a hall PC whose Windows was left on UTC (or a laptop brought from elsewhere) must not
 * see a different day from the one its own records are dated by. Written as a fixed offset,
 * not Intl/ICU: the answer is the same on every machine, and costs nothing at start.
 */

export const VILLAGE_OFFSET_MS = 8 * 3_600_000

/**
 * A Date whose UTC fields (getUTCFullYear…getUTCSeconds, getUTCDay) read as the village's wall
 * clock at the instant `at`. Only for reading fields; never compare or store it as an instant.
 */
export function villageWall(at: Date | string | number): Date {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'string' ? Date.parse(at) : at
  return new Date(ms + VILLAGE_OFFSET_MS)
}

/** The village's calendar day of an instant as an ISO date: 2026-11-24T16:30Z is 2026-11-25. */
export function villageDate(at: Date | string | number): string {
  return villageWall(at).toISOString().slice(0, 10)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** 20261125-093000 on the village's clock: file names that sort by time and read plainly. */
export function villageStamp(at: Date): string {
  const w = villageWall(at)
  const day = `${w.getUTCFullYear()}${pad(w.getUTCMonth() + 1)}${pad(w.getUTCDate())}`
  return `${day}-${pad(w.getUTCHours())}${pad(w.getUTCMinutes())}${pad(w.getUTCSeconds())}`
}
