import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatMonthDay,
  formatShortDate,
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
})
