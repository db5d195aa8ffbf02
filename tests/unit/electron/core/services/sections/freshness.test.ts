import { describe, expect, it } from 'vitest'
import {
  financeFreshness,
  nextSheetDueBy,
} from '../../../../../../electron/core/services/sections/freshness-math'
import { freshnessHandlers } from '../../../../../../electron/core/services/sections/freshness'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { publicCtx, put, sheet } from '../fixtures'

describe('the quarterly rule', () => {
  it('wants the next sheet a quarter and ten days after the latest ended', () => {
    expect(nextSheetDueBy('2026-09-30')).toBe('2027-01-10')
    expect(nextSheetDueBy('2026-10-31')).toBe('2027-02-10')
    expect(nextSheetDueBy('2026-11-30')).toBe('2027-03-10')
  })

  it('is not overdue on the due day and overdue the day after, with plain words', () => {
    expect(financeFreshness('2026-Q3', '2027-01-10')).toMatchObject({
      latestPeriodEnd: '2026-09-30',
      dueBy: '2027-01-10',
      overdue: false,
      warning: null,
    })
    const late = financeFreshness('2026-09', '2027-01-11')
    expect(late.overdue).toBe(true)
    expect(late.warning).toBe(
      '财务公开已超期：最近一次公开的是2026年9月的账目（截至2026-09-30），按每季度至少公开一次的规定，下一期最迟应在2027-01-10前公开。',
    )
  })

  it('warns when nothing was ever published', () => {
    expect(financeFreshness(null, '2026-11-25')).toMatchObject({
      overdue: true,
      latestPeriod: null,
    })
  })
})

describe('kiosk.freshness', () => {
  it('uses the newest published sheet only, and dates each section by its latest publication', async () => {
    const now = new Date('2026-08-20T02:00:00Z')
    const store = createMemoryStore(() => now)
    await put(store, 'sheets', [
      sheet('2026-Q1', { publishedAt: '2026-04-05T07:00:00.000Z' }),
      sheet('2026-Q2', { status: 'submitted', publishedAt: undefined }),
    ])
    const f = await freshnessHandlers['kiosk.freshness'](
      {},
      { ...publicCtx(store), now: () => now },
    )
    expect(f.today).toBe('2026-08-20')
    expect(f.finance).toMatchObject({ latestPeriod: '2026-Q1', dueBy: '2026-07-10', overdue: true })
    expect(f.sections.find((s) => s.section === 'ledger')?.lastUpdated).toBe(
      '2026-04-05T07:00:00.000Z',
    )
    expect(f.sections.find((s) => s.section === 'meetings')?.lastUpdated).toBe('')
    expect(f.sections).toHaveLength(11)
  })
})
