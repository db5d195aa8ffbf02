/**
 * Dates as villagers read them (2026年3月5日 星期四, 14:05), from core's ISO strings.
 * A plain ISO date is a calendar day in the village, so it is never shifted by time zone.
 * Written by hand, not with Intl.DateTimeFormat: zh-CN's forms are fixed, and the first
 * formatter a fresh renderer builds loads ICU's locale and time-zone data (13 ms here, on
 * every start of the kiosk, before its first screen could show a date).
 */
const WEEKDAYS = '日一二三四五六'

const two = (n: number) => String(n).padStart(2, '0')

function toDate(iso: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** 2026年3月5日 */
export function formatDate(iso: string | Date | undefined): string {
  if (!iso) return ''
  const d = typeof iso === 'string' ? toDate(iso) : iso
  return d ? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日` : iso.toString()
}

/** 2026年3月5日 14:05 (date only when given a plain day). */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const d = toDate(iso)
  if (!d) return iso
  return iso.length <= 10 ? formatDate(d) : `${formatDate(d)} ${formatClock(d)}`
}

/** 星期四 */
export function formatWeekday(d: Date): string {
  return `星期${WEEKDAYS[d.getDay()]}`
}

/** 14:05 */
export function formatClock(d: Date): string {
  return `${two(d.getHours())}:${two(d.getMinutes())}`
}

/** 3月5日: inside a period sheet the year is already on screen. */
export function formatMonthDay(iso: string): string {
  const d = toDate(iso)
  return d ? `${d.getMonth() + 1}月${d.getDate()}日` : iso
}

/** 3月5日 when in the same year as `today`, else 2025年3月5日: short where the year is obvious. */
export function formatShortDate(iso: string, today: string): string {
  return iso.slice(0, 4) === today.slice(0, 4) ? formatMonthDay(iso) : formatDate(iso)
}
