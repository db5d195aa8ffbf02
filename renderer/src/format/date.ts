/**
 * Dates as villagers read them (2026年3月5日 星期四, 14:05), from core's ISO strings.
 * A plain ISO date is a calendar day in the village, so it is never shifted by time zone.
 */
const dateFmt = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' })
const weekdayFmt = new Intl.DateTimeFormat('zh-CN', { weekday: 'long' })
const timeFmt = new Intl.DateTimeFormat('zh-CN', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

function toDate(iso: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** 2026年3月5日 */
export function formatDate(iso: string | Date | undefined): string {
  if (!iso) return ''
  const d = typeof iso === 'string' ? toDate(iso) : iso
  return d ? dateFmt.format(d) : iso.toString()
}

/** 2026年3月5日 14:05 (date only when given a plain day). */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const d = toDate(iso)
  if (!d) return iso
  return iso.length <= 10 ? dateFmt.format(d) : `${dateFmt.format(d)} ${timeFmt.format(d)}`
}

/** 星期四 */
export function formatWeekday(d: Date): string {
  return weekdayFmt.format(d)
}

/** 14:05 */
export function formatClock(d: Date): string {
  return timeFmt.format(d)
}

const monthDayFmt = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' })

/** 3月5日: inside a period sheet the year is already on screen. */
export function formatMonthDay(iso: string): string {
  const d = toDate(iso)
  return d ? monthDayFmt.format(d) : iso
}

/** 3月5日 when in the same year as `today`, else 2025年3月5日: short where the year is obvious. */
export function formatShortDate(iso: string, today: string): string {
  return iso.slice(0, 4) === today.slice(0, 4) ? formatMonthDay(iso) : formatDate(iso)
}
