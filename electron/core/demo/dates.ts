/** Calendar arithmetic on ISO dates (UTC-based, so results never depend on the host's zone). */
import type { PeriodKey } from '../../../contract'

const DAY_MS = 86_400_000
const pad = (n: number) => String(n).padStart(2, '0')

/** Day count since 1970-01-01 for an ISO date, for spreading dates evenly. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS)
}

/** The ISO date `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10)
}

/** An ISO timestamp on a date, at an hour and minute given in Beijing time (UTC+8). */
export function stamp(iso: string, hourBeijing: number, minute = 0): string {
  const ms = dayNumber(iso) * DAY_MS + ((hourBeijing - 8) * 60 + minute) * 60_000
  return new Date(ms).toISOString()
}

/** Month key '2026-03' for a year and 1-based month, rolling over years. */
export function monthKey(year: number, month: number): PeriodKey {
  const y = year + Math.floor((month - 1) / 12)
  const m = ((((month - 1) % 12) + 12) % 12) + 1
  return `${y}-${pad(m)}`
}

/** Quarter key '2026-Q1' for the quarter holding a month key. */
export function quarterOf(month: PeriodKey): PeriodKey {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
}

/** The last month of the last whole quarter before `today` (e.g. 2026-05-10 → 2026-03). */
export function lastClosedMonth(today: string): { year: number; month: number } {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1
  return quarterStart === 1 ? { year: year - 1, month: 12 } : { year, month: quarterStart - 1 }
}
