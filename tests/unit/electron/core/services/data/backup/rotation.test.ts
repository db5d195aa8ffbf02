import { describe, expect, it } from 'vitest'
import {
  dayKey,
  planRotation,
  weekKey,
} from '../../../../../../../electron/core/services/data/backup/rotation'

const CHINA = { daily: 7, weekly: 4, utcOffsetMinutes: 480 }
/** One backup a day at 03:00 China time, for `days` days ending 2026-11-25 (a Wednesday). */
const daily = (days: number) =>
  Array.from({ length: days }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 25 - i, 19 - 24 + 0, 0))
    return { name: `b${i}`, at }
  })

describe('backup rotation: 7 daily, 4 weekly', () => {
  it("calendar days and ISO weeks in the village's time zone", () => {
    expect(dayKey(new Date('2026-11-24T16:30:00Z'), 480)).toBe('2026-11-25')
    expect(dayKey(new Date('2026-11-24T15:30:00Z'), 480)).toBe('2026-11-24')
    expect(weekKey(new Date('2026-11-25T04:00:00Z'), 480)).toBe('2026-W48')
    expect(weekKey(new Date('2026-11-22T04:00:00Z'), 480)).toBe('2026-W47')
    expect(weekKey(new Date('2027-01-01T04:00:00Z'), 480)).toBe('2026-W53')
  })

  it('keeps nothing back when there are few backups', () => {
    const plan = planRotation(daily(5), CHINA)
    expect(plan.remove).toEqual([])
  })

  it('after 60 days: the last 7 days, plus the newest of each of 4 weeks', () => {
    const plan = planRotation(daily(60), CHINA)
    const kept = plan.keep.map((b) => dayKey(b.at, 480))
    expect(kept).toEqual([
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      // Weeks W47, W46, W45 end on Sundays; W48 (this week) is already kept by the dailies.
      '2026-11-15',
      '2026-11-08',
    ])
    expect(plan.keep.length + plan.remove.length).toBe(60)
  })

  it('keeps only the newest of several backups in one day', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 10, 25, h))
    const plan = planRotation(
      [
        { name: 'a', at: at(1) },
        { name: 'b', at: at(5) },
        { name: 'c', at: at(3) },
      ],
      CHINA,
    )
    expect(plan.keep.map((b) => b.name)).toEqual(['b'])
    expect(plan.remove.map((b) => b.name)).toEqual(['c', 'a'])
  })

  it('with gaps, counts days that have a backup, not calendar days', () => {
    const backups = [0, 10, 20, 30, 40, 50, 60, 70, 80].map((d) => ({
      name: `d${d}`,
      at: new Date(Date.UTC(2026, 10, 25 - d, 2)),
    }))
    const plan = planRotation(backups, CHINA)
    expect(plan.keep.map((b) => b.name)).toEqual(['d0', 'd10', 'd20', 'd30', 'd40', 'd50', 'd60'])
  })

  it('backups dated ahead of now (the clock ran ahead) count as the oldest, not the newest', () => {
    // Thirty daily backups taken while the clock read June 2027, then today's real one.
    const ahead = Array.from({ length: 30 }, (_, i) => ({
      name: `ahead${i}`,
      at: new Date(Date.UTC(2027, 5, 1 + i, 19)),
    }))
    const today = { name: 'today', at: new Date('2026-11-25T19:00:00Z') }
    const plan = planRotation([...ahead, today], CHINA, new Date('2026-11-25T20:00:00Z'))
    expect(plan.keep.map((b) => b.name)).toContain('today')
    expect(plan.remove.map((b) => b.name)).not.toContain('today')
    // The real backups of the last days all stay, one run after another.
    const week = [...daily(7), ...ahead]
    const again = planRotation(week, CHINA, new Date('2026-11-25T20:00:00Z'))
    expect(again.keep.filter((b) => b.name.startsWith('b'))).toHaveLength(7)
  })
})
