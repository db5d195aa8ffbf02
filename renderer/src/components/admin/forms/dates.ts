/** Calendar-day arithmetic on ISO dates for the date field's quick buttons (no time zones). */

import { villageDate } from '../../../../../contract/village-time'

const pad = (n: number) => String(n).padStart(2, '0')

/** Today on the village clock (UTC+8), whatever zone the hall PC's system is set to. */
export function villageToday(now: Date = new Date()): string {
  return villageDate(now)
}

/** `iso` moved by `days` (negative goes back); an unreadable date starts from today. */
export function addDays(iso: string, days: number, today = villageToday()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today)
  if (!m) return iso
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
