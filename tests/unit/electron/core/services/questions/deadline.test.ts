import { describe, expect, it } from 'vitest'
import {
  daysFrom,
  dueDay,
  standing,
  villageDay,
} from '../../../../../../electron/core/services/questions/deadline'

describe('the village day', () => {
  it('turns at midnight in 东台 (UTC+8), not at UTC midnight', () => {
    expect(villageDay('2026-11-24T15:59:59.000Z')).toBe('2026-11-24')
    expect(villageDay('2026-11-24T16:00:00.000Z')).toBe('2026-11-25')
    expect(villageDay(new Date('2026-12-31T16:30:00.000Z'))).toBe('2027-01-01')
  })

  it('counts whole days, negative backwards, across month and year ends', () => {
    expect(daysFrom('2026-11-25', '2026-12-05')).toBe(10)
    expect(daysFrom('2026-12-28', '2027-01-02')).toBe(5)
    expect(daysFrom('2026-12-06', '2026-12-05')).toBe(-1)
  })
})

describe('the due day', () => {
  it('is the day of asking plus the allowed days, in the village calendar', () => {
    expect(dueDay('2026-11-25T01:30:00.000Z', 10)).toBe('2026-12-05')
    // 00:30 on the 25th in the village is still the 24th in UTC.
    expect(dueDay('2026-11-24T16:30:00.000Z', 10)).toBe('2026-12-05')
    expect(dueDay('2026-11-24T15:30:00.000Z', 10)).toBe('2026-12-04')
    expect(dueDay('2026-11-25T01:30:00.000Z', 7)).toBe('2026-12-02')
    expect(dueDay('2026-02-25T01:30:00.000Z', 7)).toBe('2026-03-04')
  })
})

describe('a question standing', () => {
  const q = { dueAt: '2026-12-05' }

  it('waits with the days left, 0 on the due day itself', () => {
    expect(standing(q, '2026-11-25')).toEqual({ status: '待答复', daysLeft: 10 })
    expect(standing(q, '2026-12-04')).toEqual({ status: '待答复', daysLeft: 1 })
    expect(standing(q, '2026-12-05')).toEqual({ status: '待答复', daysLeft: 0 })
  })

  it('is overdue from the day after the due day, counting the days', () => {
    expect(standing(q, '2026-12-06')).toEqual({ status: '已逾期', daysOverdue: 1 })
    expect(standing(q, '2027-01-05')).toEqual({ status: '已逾期', daysOverdue: 31 })
  })

  it('is answered whatever the day, and late when answered after the due day', () => {
    const onTime = { ...q, answer: { at: '2026-12-05T15:59:00.000Z' } } // 23:59 on the 5th
    const late = { ...q, answer: { at: '2026-12-05T16:00:00.000Z' } } // 00:00 on the 6th
    expect(standing(onTime, '2027-03-01')).toEqual({ status: '已答复', answeredLate: false })
    expect(standing(late, '2026-12-06')).toEqual({ status: '已答复', answeredLate: true })
  })
})
