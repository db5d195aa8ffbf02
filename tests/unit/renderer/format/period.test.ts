import { describe, expect, it } from 'vitest'
import type { PeriodSummary } from '../../../../contract'
import { groupByYear, isPeriodKey, periodPart } from '../../../../renderer/src/format/period'

const p = (key: string): PeriodSummary => ({
  key,
  label: key,
  kind: key.includes('Q') ? 'quarter' : 'month',
  incomeFen: 0,
  expenseFen: 0,
  entryCount: 0,
})

describe('groupByYear', () => {
  it('puts the newest year and the newest period first, whatever order core sends', () => {
    const years = groupByYear(['2024-Q1', '2025-02', '2024-Q4', '2025-01', '2024-Q2'].map(p))
    expect(years.map((y) => y.year)).toEqual([2025, 2024])
    expect(years[0]!.periods.map((x) => x.key)).toEqual(['2025-02', '2025-01'])
    expect(years[1]!.periods.map((x) => x.key)).toEqual(['2024-Q4', '2024-Q2', '2024-Q1'])
  })

  it('keeps quarters and months of a year that switched to monthly sheets together', () => {
    const years = groupByYear(['2025-Q1', '2025-Q2', '2025-07', '2025-08'].map(p))
    expect(years).toHaveLength(1)
    expect(years[0]!.periods.map((x) => x.key)).toEqual([
      '2025-08',
      '2025-07',
      '2025-Q2',
      '2025-Q1',
    ])
  })

  it('is empty when nothing is published', () => {
    expect(groupByYear([])).toEqual([])
  })
})

describe('periodPart and isPeriodKey', () => {
  it('reads the month or quarter after the year', () => {
    expect(periodPart('2026-Q3')).toEqual({ kind: 'quarter', n: 3 })
    expect(periodPart('2026-09')).toEqual({ kind: 'month', n: 9 })
  })

  it('accepts only keys core accepts', () => {
    expect(['2026-01', '2026-12', '2026-Q1', '2026-Q4'].every(isPeriodKey)).toBe(true)
    expect(['2026-13', '2026-00', '2026-Q5', '26-01', '2026-1'].some(isPeriodKey)).toBe(false)
  })
})
