/**
 * Which fields a record form shows read-only: on a correction, those the contract says a
 * correction keeps (core refuses a change to them), so the cadre is never let type a change
 * that will be refused on save. New records and plain drafts lock nothing.
 */
import { describe, expect, it } from 'vitest'
import { GONGSHI_KEPT, KIND_KEPT, YEAR_KEPT } from '../../../../../../contract'
import { lockedFields } from '../../../../../../renderer/src/views/admin/records/locked-fields'
import type { AnyRecord } from '../../../../../../renderer/src/views/admin/records/kinds/types'

const rec = (over: Record<string, unknown>) => over as unknown as AnyRecord

describe('lockedFields', () => {
  const line = rec({ id: 'b1', status: 'published', year: 2026, direction: 'expense' })

  it('a new correction of a budget line locks its year, direction and category', () => {
    expect(lockedFields('budget', 'correct', line, null)).toEqual({
      year: YEAR_KEPT,
      direction: KIND_KEPT,
      category: KIND_KEPT,
    })
    expect(lockedFields('debts', 'correct', rec({ kind: '借入' }), null)).toEqual({
      kind: KIND_KEPT,
    })
  })

  it('a correction’s draft opened again keeps them locked, judged by the published version', () => {
    const fix = rec({ id: 'b2', status: 'returned', supersedes: 'b1', year: 2026 })
    expect(Object.keys(lockedFields('budget', 'edit', fix, line))).toEqual([
      'year',
      'direction',
      'category',
    ])
    // A 通知 being corrected into a 公示: its kind may still change, as core allows.
    const notice = rec({ id: 'n1', kind: 'notice' })
    const toGongshi = rec({ id: 'n2', kind: 'gongshi', supersedes: 'n1' })
    expect(lockedFields('notices', 'edit', toGongshi, notice)).toEqual({})
    expect(lockedFields('notices', 'correct', rec({ kind: 'gongshi' }), null)).toEqual({
      kind: GONGSHI_KEPT,
    })
  })

  it('the published version not loaded: the draft’s own values are the kept ones', () => {
    const fix = rec({ id: 'n2', kind: 'gongshi', supersedes: 'n1' })
    expect(lockedFields('notices', 'edit', fix, null)).toEqual({ kind: GONGSHI_KEPT })
  })

  it('new records, plain drafts and record types that keep nothing lock nothing', () => {
    expect(lockedFields('budget', 'new', null, null)).toEqual({})
    expect(lockedFields('budget', 'edit', rec({ id: 'b3', status: 'draft' }), null)).toEqual({})
    expect(lockedFields('projects', 'correct', rec({ id: 'p1' }), null)).toEqual({})
    expect(lockedFields('budget', 'correct', null, null)).toEqual({})
  })
})
