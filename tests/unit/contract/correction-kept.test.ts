/** The fields a correction keeps: one table, read by core (refuses a change) and the forms (read-only). */
import { describe, expect, it } from 'vitest'
import {
  GONGSHI_KEPT,
  KEPT_ON_CORRECTION,
  KIND_KEPT,
  YEAR_KEPT,
  changedKept,
  keptOnCorrection,
} from '../../../contract'

describe('keptOnCorrection', () => {
  it('keeps what a register record is: its year, direction, category, type or kind', () => {
    expect(keptOnCorrection('budget', {})).toEqual({
      year: YEAR_KEPT,
      direction: KIND_KEPT,
      category: KIND_KEPT,
    })
    expect(keptOnCorrection('assets', {})).toEqual({ type: KIND_KEPT })
    expect(keptOnCorrection('debts', {})).toEqual({ kind: KIND_KEPT })
    expect(keptOnCorrection('distributions', {})).toEqual({ year: YEAR_KEPT })
    expect(keptOnCorrection('specials', {})).toEqual({ kind: KIND_KEPT })
  })

  it('a 公示 stays a 公示; a 通知 or 政策 may become one', () => {
    expect(keptOnCorrection('notices', { kind: 'gongshi' })).toEqual({ kind: GONGSHI_KEPT })
    expect(keptOnCorrection('notices', { kind: 'notice' })).toEqual({})
    expect(keptOnCorrection('notices', { kind: 'policy' })).toEqual({})
  })

  it('projects, matters and meetings keep nothing: every field may be corrected', () => {
    for (const k of ['projects', 'matters', 'meetings'] as const) {
      expect(keptOnCorrection(k, {})).toEqual({})
    }
  })

  it('messages are plain Chinese', () => {
    for (const fields of Object.values(KEPT_ON_CORRECTION)) {
      for (const m of Object.values(fields)) expect(m).toMatch(/^[\u4e00-\u9fa5，]+$/)
    }
  })
})

describe('changedKept', () => {
  it('names each kept field that differs, with its message, and nothing else', () => {
    const was = { year: 2026, direction: 'expense', category: 'expense', plannedFen: 100 }
    expect(changedKept('budget', { ...was, plannedFen: 200 }, was)).toEqual({})
    expect(changedKept('budget', { ...was, year: 2025, plannedFen: 200 }, was)).toEqual({
      year: YEAR_KEPT,
    })
    expect(changedKept('notices', { kind: 'notice' }, { kind: 'gongshi' })).toEqual({
      kind: GONGSHI_KEPT,
    })
    expect(changedKept('notices', { kind: 'gongshi' }, { kind: 'notice' })).toEqual({})
  })
})
