/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, and the
 * newest of each of the last 4 weeks that have one (restic's --keep-daily 7 --keep-weekly 4).
 * Pure, so the policy is tested on its own; the newest backup is always kept.
 */

export interface Dated {
  name: string
  /** When the backup was taken. */
  at: Date
}

export interface RotationPolicy {
  daily: number
  weekly: number
  /** Minutes east of UTC the village's calendar runs on (China: 480). */
  utcOffsetMinutes: number
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, utcOffsetMinutes: 480 }

const pad = (n: number) => String(n).padStart(2, '0')

/** The village's calendar day of an instant. */
export function dayKey(at: Date, offsetMinutes: number): string {
  const d = new Date(at.getTime() + offsetMinutes * 60_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** ISO week (Monday first) of an instant, e.g. 2026-W48. */
export function weekKey(at: Date, offsetMinutes: number): string {
  const d = new Date(at.getTime() + offsetMinutes * 60_000)
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${pad(week)}`
}

/** Splits backups into those to keep and those to delete. */
export function planRotation(
  backups: readonly Dated[],
  policy: RotationPolicy = DEFAULT_ROTATION,
  now?: Date,
): { keep: Dated[]; remove: Dated[] } {
  // Backups dated after `now` were taken while the clock ran ahead: the oldest, not the newest,
  // or they would hold every slot and today's backup would be deleted as soon as it was made.
  const ahead = (b: Dated) => (now && b.at.getTime() > now.getTime() ? 1 : 0)
  const newestFirst = [...backups].sort(
    (a, b) => ahead(a) - ahead(b) || b.at.getTime() - a.at.getTime(),
  )
  const keep = new Set<Dated>()
  const bucket = (key: (d: Date) => string, count: number) => {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      const k = key(b.at)
      if (seen.has(k)) continue
      if (seen.size >= count) break
      seen.add(k)
      keep.add(b)
    }
  }
  bucket((d) => dayKey(d, policy.utcOffsetMinutes), policy.daily)
  bucket((d) => weekKey(d, policy.utcOffsetMinutes), policy.weekly)
  if (newestFirst[0]) keep.add(newestFirst[0])
  return {
    keep: newestFirst.filter((b) => keep.has(b)),
    remove: newestFirst.filter((b) => !keep.has(b)),
  }
}
