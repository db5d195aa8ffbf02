import { describe, expect, it } from 'vitest'
import { deadlineOf, dueState, missingPeriods } from '../../../../../electron/core/township/overdue'

describe('overdue rules', () => {
  it('a month is due by the 10th of the next month, a quarter by the 15th after it', () => {
    expect(deadlineOf('2026-10')).toBe('2026-11-10')
    expect(deadlineOf('2026-12')).toBe('2027-01-10')
    expect(deadlineOf('2026-Q3')).toBe('2026-10-15')
    expect(deadlineOf('2026-Q4')).toBe('2027-01-15')
  })

  it('monthly: on the 10th October is not yet late; on the 11th it is', () => {
    expect(dueState('month', '2026-11-10', ['2026-09'])).toMatchObject({
      due: '2026-09',
      overdue: false,
    })
    const late = dueState('month', '2026-11-11', ['2026-09'])
    expect(late).toMatchObject({
      due: '2026-10',
      dueBy: '2026-11-10',
      overdue: true,
      dueLabel: '2026年10月',
    })
    expect(dueState('month', '2026-11-11', ['2026-10']).overdue).toBe(false)
  })

  it('a sheet signed for a period not yet begun (2099-12) does not stand in for the due one', () => {
    expect(dueState('month', '2026-11-11', ['2026-09', '2099-12']).overdue).toBe(true)
    expect(dueState('month', '2026-11-11', ['2026-10', '2099-12']).overdue).toBe(false)
    // The current month, begun but not over, still counts as reaching past the due one.
    expect(dueState('month', '2026-11-11', ['2026-09', '2026-11']).overdue).toBe(false)
  })

  it('quarterly: Q3 is late from 16 October, and January rolls back to the last year', () => {
    expect(dueState('quarter', '2026-10-15', ['2026-Q2']).overdue).toBe(false)
    expect(dueState('quarter', '2026-10-16', ['2026-Q2'])).toMatchObject({
      due: '2026-Q3',
      overdue: true,
    })
    expect(dueState('quarter', '2027-01-20', ['2026-Q4']).overdue).toBe(false)
    expect(dueState('quarter', '2027-01-20', ['2026-Q3'])).toMatchObject({
      due: '2026-Q4',
      overdue: true,
    })
  })

  it('a village that never published is overdue; a later period also covers an earlier one', () => {
    expect(dueState('month', '2026-11-25', []).overdue).toBe(true)
    expect(dueState('month', '2026-11-25', ['2026-Q4']).overdue).toBe(false)
  })

  it('a month skipped between published ones is missing, though the newest is on time', () => {
    const published = ['2026-01', '2026-02', '2026-04', '2026-05', '2026-07', '2026-10']
    expect(missingPeriods('month', '2026-11-05', published)).toEqual([
      '2026-03',
      '2026-06',
      '2026-08',
      '2026-09',
    ])
    // The due period itself, when late, is the overdue line's; not listed twice.
    expect(missingPeriods('month', '2026-11-11', ['2026-08'])).toEqual(['2026-09'])
    // Nothing is asked for before the village's first sheet, nor after the due period.
    expect(missingPeriods('month', '2026-11-05', ['2026-09', '2026-10', '2026-11'])).toEqual([])
    expect(missingPeriods('month', '2026-11-05', [])).toEqual([])
  })

  it('quarters: the sheet of a quarter covers its months, three months cover their quarter', () => {
    expect(missingPeriods('month', '2026-11-05', ['2026-Q1', '2026-05', '2026-Q3'])).toEqual([
      '2026-04',
      '2026-06',
    ])
    expect(
      missingPeriods('quarter', '2026-11-05', ['2026-Q1', '2026-04', '2026-05', '2026-Q3']),
    ).toEqual(['2026-Q2'])
    expect(
      missingPeriods('quarter', '2026-11-05', [
        '2025-Q4',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-Q3',
      ]),
    ).toEqual(['2026-Q2'])
    // Across the new year.
    expect(missingPeriods('quarter', '2027-02-01', ['2025-Q3', '2026-Q1', '2026-Q3'])).toEqual([
      '2025-Q4',
      '2026-Q2',
    ])
  })

  it('a sheet for a period not yet begun does not stretch the range asked for', () => {
    expect(missingPeriods('month', '2026-11-05', ['2026-09', '2026-10', '2099-12'])).toEqual([])
  })
})
