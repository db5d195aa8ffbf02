/**
 * Dates as villagers read them (2026年3月5日 星期四, 14:05), from core's ISO strings.
 * A plain ISO date is a calendar day in the village, so it is never shifted by time zone; a
 * moment is read on the village clock (UTC+8, contract/village-time.ts), not the host's zone.
 * Written by hand, not with Intl.DateTimeFormat: zh-CN's forms are fixed, and the first
 * formatter a fresh renderer builds loads ICU's locale and time-zone data (13 ms here, on
 * every start of the kiosk, before its first screen could show a date).
 */
import { villageWall } from '../../../contract/village-time'

const WEEKDAYS = '日一二三四五六'

const two = (n: number) => String(n).padStart(2, '0')

/** The village's wall clock as UTC fields: a plain day as itself, a moment shifted to UTC+8. */
function wallOf(iso: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const d = day
    ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
    : villageWall(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

const dayOf = (w: Date) => `${w.getUTCFullYear()}年${w.getUTCMonth() + 1}月${w.getUTCDate()}日`
const clockOf = (w: Date) => `${two(w.getUTCHours())}:${two(w.getUTCMinutes())}`

/** 2026年3月5日 (a Date is a moment, read on the village clock). */
export function formatDate(iso: string | Date | undefined): string {
  if (!iso) return ''
  const w = typeof iso === 'string' ? wallOf(iso) : villageWall(iso)
  return w ? dayOf(w) : iso.toString()
}

/** 2026年3月5日 14:05 (date only when given a plain day). */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const w = wallOf(iso)
  if (!w) return iso
  return iso.length <= 10 ? dayOf(w) : `${dayOf(w)} ${clockOf(w)}`
}

/** 星期四 */
export function formatWeekday(d: Date): string {
  return `星期${WEEKDAYS[villageWall(d).getUTCDay()]}`
}

/** 14:05 */
export function formatClock(d: Date): string {
  return clockOf(villageWall(d))
}

/** 3月5日: inside a period sheet the year is already on screen. */
export function formatMonthDay(iso: string): string {
  const w = wallOf(iso)
  return w ? `${w.getUTCMonth() + 1}月${w.getUTCDate()}日` : iso
}

/** 3月5日 when in the same year as `today`, else 2025年3月5日: short where the year is obvious. */
export function formatShortDate(iso: string, today: string): string {
  return iso.slice(0, 4) === today.slice(0, 4) ? formatMonthDay(iso) : formatDate(iso)
}
