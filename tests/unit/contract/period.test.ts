import { describe, expect, it } from 'vitest'
import { comparePeriods, periodContains, periodLabel, periodRange } from '../../../contract/period'

describe('periods', () => {
  it('knows the days of a month and of a quarter, leap years included', () => {
    expect(periodRange('2024-02')).toMatchObject({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(periodRange('2026-Q4')).toMatchObject({
      kind: 'quarter',
      from: '2026-10-01',
      to: '2026-12-31',
    })
  })

  it('labels periods in plain words', () => {
    expect(periodLabel('2026-Q1')).toBe('2026年第一季度')
    expect(periodLabel('2026-03')).toBe('2026年3月')
  })

  it('contains the dates between its ends only', () => {
    expect(periodContains('2026-Q1', '2026-03-31')).toBe(true)
    expect(periodContains('2026-Q1', '2026-04-01')).toBe(false)
    expect(periodContains('2026-03', '2026-03-01T08:00:00Z')).toBe(true)
  })

  it('sorts newest first, mixing months and quarters', () => {
    const keys = ['2025-Q1', '2025-04', '2024-Q4', '2025-05']
    expect(keys.sort(comparePeriods)).toEqual(['2025-05', '2025-04', '2025-Q1', '2024-Q4'])
  })
})
