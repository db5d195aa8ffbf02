import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatClock,
  formatDateTime,
  formatMonthDay,
  formatShortDate,
  formatWeekday,
} from '../../../../renderer/src/format/date'
import { latestOf } from '../../../../renderer/src/format/latest'

describe('dates as villagers read them', () => {
  it('shows a calendar day as that day, never shifted by the time zone', () => {
    expect(formatDate('2026-03-05')).toBe('2026年3月5日')
    expect(formatDate('2026-01-01')).toBe('2026年1月1日')
    expect(formatMonthDay('2026-12-31')).toBe('12月31日')
  })

  it('drops the year only when it is the year of today', () => {
    expect(formatShortDate('2026-03-05', '2026-11-25')).toBe('3月5日')
    expect(formatShortDate('2025-12-30', '2026-01-02')).toBe('2025年12月30日')
  })

  it('adds the time for a moment, not for a plain day', () => {
    expect(formatDateTime('2026-03-05')).toBe('2026年3月5日')
    expect(formatDateTime('2026-03-05T02:15:00.000Z')).toMatch(/^2026年3月5日 \d{2}:\d{2}$/)
    expect(formatDateTime(undefined)).toBe('')
  })

  it('finds the latest of dates for a section, or nothing', () => {
    expect(latestOf(['2026-03-01', undefined, '2026-05-02', '2026-04-30'])).toBe('2026-05-02')
    expect(latestOf([])).toBeUndefined()
  })

  it('writes every day and minute exactly as zh-CN Intl would, without building a formatter', () => {
    const intl = {
      date: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }),
      weekday: new Intl.DateTimeFormat('zh-CN', { weekday: 'long' }),
      clock: new Intl.DateTimeFormat('zh-CN', {
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }),
      monthDay: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' }),
    }
    for (let day = 0; day < 800; day += 3) {
      const d = new Date(2025, 0, 1 + day, day % 24, (day * 7) % 60)
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
      expect(formatDate(d)).toBe(intl.date.format(d))
      expect(formatDate(iso)).toBe(intl.date.format(d))
      expect(formatWeekday(d)).toBe(intl.weekday.format(d))
      expect(formatClock(d)).toBe(intl.clock.format(d))
      expect(formatMonthDay(iso)).toBe(intl.monthDay.format(d))
      expect(formatDateTime(d.toISOString())).toBe(`${intl.date.format(d)} ${intl.clock.format(d)}`)
    }
  })
})
