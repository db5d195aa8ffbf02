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
import { villageToday } from '../../../../renderer/src/components/admin/forms/dates'

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

  it('reads every moment on the village clock (UTC+8), whatever zone the hall PC is set to', () => {
    const halfPastMidnight = new Date('2026-11-24T16:30:00.000Z')
    expect(formatDateTime('2026-11-24T16:30:00.000Z')).toBe('2026年11月25日 00:30')
    expect(formatDate(halfPastMidnight)).toBe('2026年11月25日')
    expect(formatWeekday(halfPastMidnight)).toBe('星期三')
    expect(formatClock(halfPastMidnight)).toBe('00:30')
    expect(villageToday(halfPastMidnight)).toBe('2026-11-25')
  })

  it('finds the latest of dates for a section, or nothing', () => {
    expect(latestOf(['2026-03-01', undefined, '2026-05-02', '2026-04-30'])).toBe('2026-05-02')
    expect(latestOf([])).toBeUndefined()
  })

  it('writes every day and minute exactly as zh-CN Intl in Asia/Shanghai would, without building a formatter', () => {
    const timeZone = 'Asia/Shanghai'
    const intl = {
      date: new Intl.DateTimeFormat('zh-CN', {
        timeZone,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      }),
      weekday: new Intl.DateTimeFormat('zh-CN', { timeZone, weekday: 'long' }),
      clock: new Intl.DateTimeFormat('zh-CN', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }),
      monthDay: new Intl.DateTimeFormat('zh-CN', { timeZone, month: 'long', day: 'numeric' }),
    }
    for (let day = 0; day < 800; day += 3) {
      const d = new Date(Date.UTC(2025, 0, 1 + day, day % 24, (day * 7) % 60))
      const iso = new Intl.DateTimeFormat('en-CA', { timeZone }).format(d)
      expect(formatDate(d)).toBe(intl.date.format(d))
      expect(formatDate(iso)).toBe(intl.date.format(d))
      expect(formatWeekday(d)).toBe(intl.weekday.format(d))
      expect(formatClock(d)).toBe(intl.clock.format(d))
      expect(formatMonthDay(iso)).toBe(intl.monthDay.format(d))
      expect(formatDateTime(d.toISOString())).toBe(`${intl.date.format(d)} ${intl.clock.format(d)}`)
    }
  })
})
