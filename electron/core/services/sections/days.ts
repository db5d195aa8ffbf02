/** Calendar days in the village (Asia/Shanghai, UTC+8 all year), independent of the host's zone. */

import { villageDate } from '../../../../contract/village-time'

const DAY_MS = 86_400_000

/** Today in the village as an ISO date: 2026-11-24T16:30Z is already 2026-11-25 there. */
export function villageToday(now: Date): string {
  return villageDate(now)
}

/** Whole days from one ISO date to another (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** The ISO date `n` days after `iso` (before, when n is negative). */
export function plusDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** The last day of the month `n` months after the month of `iso` (n = 0: its own month). */
export function monthEndAfter(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7)) - 1 + n
  return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10)
}
