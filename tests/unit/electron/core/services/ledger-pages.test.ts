/** The public sheet a page at a time: totals over the whole period, lines sent in pages. */
import { beforeEach, describe, expect, it } from 'vitest'
import { SHEET_PAGE } from '../../../../../contract'
import type { Ctx } from '../../../../../electron/core/api/handlers'
import { ledgerHandlers } from '../../../../../electron/core/services/ledger'
import { entry, publicCtx, put, sheet } from './fixtures'
import { harness } from './ledger-admin/harness'

const { 'ledger.sheet': sheetOf, 'ledger.sheetEntries': pageOf } = ledgerHandlers

const LINES = 2 * SHEET_PAGE + 17
let ctx: Ctx

beforeEach(async () => {
  ctx = publicCtx()
  await put(ctx.store, 'sheets', [sheet('2026-Q1'), sheet('2026-04', { status: 'submitted' })])
  // Every line a different amount, so a total taken over one page could not match.
  const lines = Array.from({ length: LINES }, (_, i) =>
    entry({
      id: `line-${String(i).padStart(3, '0')}`,
      date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      voucherNo: `记-${String(i).padStart(3, '0')}`,
      amountFen: 1_000 + i,
      ...(i % 4 === 0 ? { category: 'income', item: '补助收入', direction: 'income' } : {}),
    }),
  )
  await put(ctx.store, 'ledger', [...lines, entry({ id: 'april', period: '2026-04' })])
})

describe('ledger.sheet a page at a time', () => {
  it('sends the first page of lines with totals and counts over the whole period', async () => {
    const whole = await sheetOf({ period: '2026-Q1', all: true }, ctx)
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(whole.entries).toHaveLength(LINES)
    expect(view.entries.map((e) => e.id)).toEqual(
      whole.entries.slice(0, SHEET_PAGE).map((e) => e.id),
    )
    expect(view.entryCount).toBe(LINES)
    const sum = (dir: string) =>
      whole.entries.filter((e) => e.direction === dir).reduce((s, e) => s + e.amountFen, 0)
    expect(view.incomeFen).toBe(sum('income'))
    expect(view.expenseFen).toBe(sum('expense'))
    expect(view.balanceFen).toBe(sum('income') - sum('expense'))
    expect(view.totals).toEqual(whole.totals)
    expect(view.totals.reduce((s, t) => s + t.count, 0)).toBe(LINES)
    expect(view.lastUpdated).toBe(whole.lastUpdated)
  })

  it('gives the remaining lines page by page, in the same order as the whole sheet', async () => {
    const whole = await sheetOf({ period: '2026-Q1', all: true }, ctx)
    const ids = (await sheetOf({ period: '2026-Q1' }, ctx)).entries.map((e) => e.id)
    for (let offset = ids.length; ;) {
      const page = await pageOf({ period: '2026-Q1', offset, limit: SHEET_PAGE }, ctx)
      expect(page).toMatchObject({ period: '2026-Q1', offset, entryCount: LINES })
      ids.push(...page.entries.map((e) => e.id))
      offset += page.entries.length
      if (page.entries.length < SHEET_PAGE) break
    }
    expect(ids).toEqual(whole.entries.map((e) => e.id))
    expect(new Set(ids).size).toBe(LINES)
    const past = await pageOf({ period: '2026-Q1', offset: LINES, limit: 10 }, ctx)
    expect(past.entries).toEqual([])
  })

  it('refuses the pages of an unpublished period with NOT_FOUND', async () => {
    const failure = await Promise.resolve()
      .then(() => pageOf({ period: '2026-04', offset: 0, limit: 10 }, ctx))
      .catch((e: unknown) => e)
    expect(failure).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a page size of zero or above the limit, and a negative offset', async () => {
    const h = await harness()
    for (const bad of [
      { period: '2026-10', offset: 0, limit: 0 },
      { period: '2026-10', offset: 0, limit: 201 },
      { period: '2026-10', offset: -1, limit: 10 },
      { period: '2026-10', offset: 1.5, limit: 10 },
    ]) {
      await h.refused('public', 'ledger.sheetEntries', bad, 'BAD_INPUT')
    }
  })

  it('shows a line saved after the sheet was read, at once (nothing stale is kept)', async () => {
    const before = await sheetOf({ period: '2026-Q1' }, ctx)
    await put(ctx.store, 'ledger', [entry({ id: 'late', date: '2026-01-01', amountFen: 3 })])
    const after = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(after.entryCount).toBe(before.entryCount + 1)
    expect(after.expenseFen).toBe(before.expenseFen + 3)
    expect(after.entries.map((e) => e.id)).toContain('late')
  })
})
