import { beforeEach, describe, expect, it } from 'vitest'
import { ApiFailure } from '../../../../../electron/core/api/failure'
import type { Ctx } from '../../../../../electron/core/api/handlers'
import { ledgerHandlers } from '../../../../../electron/core/services/ledger'
import { projectHandlers } from '../../../../../electron/core/services/sections/projects'
import { DEFAULT_SETTINGS } from '../../../../../contract'
import { entry, project, publicCtx, put, putOne, sheet } from './fixtures'

const {
  'ledger.periods': periods,
  'ledger.sheet': sheetOf,
  'ledger.entry': entryOf,
} = ledgerHandlers

let ctx: Ctx

beforeEach(async () => {
  ctx = publicCtx()
  await put(ctx.store, 'sheets', [
    sheet('2026-Q1'),
    sheet('2025-Q4', { publishedAt: '2026-01-06T07:00:00.000Z' }),
    sheet('2026-04', { status: 'submitted', publishedAt: undefined, publishedBy: undefined }),
  ])
  await put(ctx.store, 'projects', [
    project(),
    project({ id: 'p-draft', name: '未公开项目', status: 'draft' }),
  ])
  await put(ctx.store, 'ledger', [
    entry({
      id: 'grant',
      date: '2026-01-18',
      voucherNo: '记-2026-01-010',
      category: 'income',
      item: '补助收入',
      direction: 'income',
      amountFen: 12_345_678,
    }),
    entry({
      id: 'rent',
      date: '2026-01-18',
      voucherNo: '记-2026-01-002',
      category: 'resources',
      item: '土地发包',
      direction: 'income',
      amountFen: 250_001,
    }),
    entry({
      id: 'roof',
      date: '2026-03-02',
      category: 'expense',
      item: '管理费用',
      amountFen: 5_000_000,
    }),
    entry({
      id: 'paper',
      date: '2026-02-01',
      category: 'expense',
      item: '办公费',
      amountFen: 4_999_999,
    }),
    entry({
      id: 'road',
      date: '2026-03-20',
      category: 'assets',
      item: '在建工程',
      amountFen: 2_000_000,
      projectId: 'p-1',
    }),
    entry({
      id: 'secret',
      date: '2026-03-21',
      category: 'assets',
      item: '在建工程',
      amountFen: 7,
      projectId: 'p-draft',
    }),
    // a published correction: the original stays on record, the sheet counts the new one
    entry({ id: 'old', date: '2026-02-20', amountFen: 90_000, supersededBy: 'new' }),
    entry({
      id: 'new',
      date: '2026-02-20',
      amountFen: 9_000,
      supersedes: 'old',
      correctionReason: '金额录错',
    }),
    // a correction still in draft (its original does not point to it): hidden
    entry({ id: 'draft-fix', date: '2026-02-21', amountFen: 1, supersedes: 'paper' }),
    entry({
      id: 'q4',
      period: '2025-Q4',
      date: '2025-12-01',
      category: 'income',
      item: '其他收入',
      direction: 'income',
      amountFen: 300,
    }),
    entry({ id: 'april', period: '2026-04', date: '2026-04-03', amountFen: 55 }),
  ])
})

describe('ledger.sheet', () => {
  it('totals a published period exactly, by direction and by category', async () => {
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(view.incomeFen).toBe(12_345_678 + 250_001)
    expect(view.expenseFen).toBe(5_000_000 + 4_999_999 + 2_000_000 + 7 + 9_000)
    expect(view.balanceFen).toBe(view.incomeFen - view.expenseFen)
    expect(view.entryCount).toBe(7)
    expect(view.totals.map((t) => t.category)).toEqual([
      'plan',
      'income',
      'expense',
      'assets',
      'resources',
      'debts',
      'distribution',
      'other',
    ])
    const by = Object.fromEntries(view.totals.map((t) => [t.category, t]))
    expect(by.income).toMatchObject({
      name: '各项收入',
      incomeFen: 12_345_678,
      expenseFen: 0,
      count: 1,
    })
    expect(by.expense).toMatchObject({
      incomeFen: 0,
      expenseFen: 5_000_000 + 4_999_999 + 9_000,
      count: 3,
    })
    expect(by.assets).toMatchObject({ expenseFen: 2_000_007, count: 2 })
    expect(by.resources).toMatchObject({ incomeFen: 250_001, count: 1 })
    expect(by.plan).toMatchObject({ incomeFen: 0, expenseFen: 0, count: 0 })
  })

  it('lists current lines by date then voucher number, flags large expenses, names projects', async () => {
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(view.entries.map((e) => e.id)).toEqual([
      'rent',
      'grant',
      'paper',
      'new',
      'roof',
      'road',
      'secret',
    ])
    const byId = Object.fromEntries(view.entries.map((e) => [e.id, e]))
    expect(byId.roof!.large).toBe(true)
    expect(byId.paper!.large).toBe(false)
    expect(byId.grant!.large).toBe(false)
    expect(byId.road!.projectName).toBe('三组道路硬化工程')
    expect(byId.secret!.projectName).toBeUndefined()
    expect(byId.roof!.categoryName).toBe('各项支出')
    expect(view.largeExpenseFen).toBe(5_000_000)
  })

  it('says who signed, when, and which dates the period covers', async () => {
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(view).toMatchObject({
      key: '2026-Q1',
      label: '2026年第一季度',
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      status: 'published',
      signedBy: '季宏伟',
      publishedAt: '2026-04-05T07:00:00.000Z',
      lastUpdated: '2026-04-05T07:00:00.000Z',
    })
  })

  it('uses the large-expense threshold from settings', async () => {
    await putOne(ctx.store, 'settings', 'settings', {
      ...DEFAULT_SETTINGS,
      largeExpenseFen: 2_000_000,
    })
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(view.entries.filter((e) => e.large).map((e) => e.id)).toEqual(['paper', 'roof', 'road'])
  })

  it('keeps the line a sheet was signed under, on the sheet, each line and the project page', async () => {
    await putOne(ctx.store, 'sheets', '2026-Q1', sheet('2026-Q1', { largeExpenseFen: 2_000_000 }))
    await putOne(ctx.store, 'settings', 'settings', {
      ...DEFAULT_SETTINGS,
      largeExpenseFen: 100_000_000,
    })
    const view = await sheetOf({ period: '2026-Q1' }, ctx)
    expect(view.largeExpenseFen).toBe(2_000_000)
    expect(view.entries.filter((e) => e.large).map((e) => e.id)).toEqual(['paper', 'roof', 'road'])
    expect((await entryOf({ id: 'road' }, ctx)).large).toBe(true)
    const road = await projectHandlers['projects.get']({ id: 'p-1' }, ctx)
    expect(road.entries.map((e) => [e.id, e.large])).toEqual([['road', true]])
  })

  it('refuses an unpublished or unknown period with NOT_FOUND', async () => {
    for (const period of ['2026-04', '2024-Q1']) {
      const failure = await Promise.resolve()
        .then(() => sheetOf({ period }, ctx))
        .catch((e: unknown) => e)
      expect(failure).toBeInstanceOf(ApiFailure)
      expect(failure).toMatchObject({ code: 'NOT_FOUND' })
      expect((failure as ApiFailure).message).toMatch(/没有找到/)
    }
  })
})

describe('ledger.periods', () => {
  it('lists published periods only, newest first, with their totals', async () => {
    const list = await periods({}, ctx)
    expect(list.map((p) => p.key)).toEqual(['2026-Q1', '2025-Q4'])
    expect(list[1]).toMatchObject({
      label: '2025年第四季度',
      incomeFen: 300,
      expenseFen: 0,
      entryCount: 1,
      signedBy: '季宏伟',
    })
    expect(list[0]!.entryCount).toBe(7)
  })
})

describe('ledger.entry', () => {
  it('returns a line of a published sheet, and a replaced original kept on record', async () => {
    expect(await entryOf({ id: 'road' }, ctx)).toMatchObject({
      id: 'road',
      projectName: '三组道路硬化工程',
      large: false,
    })
    expect(await entryOf({ id: 'old' }, ctx)).toMatchObject({ id: 'old', supersededBy: 'new' })
  })

  it('refuses lines of unpublished sheets, draft corrections and unknown ids', async () => {
    for (const id of ['april', 'draft-fix', 'nope']) {
      await expect(Promise.resolve().then(() => entryOf({ id }, ctx))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
    }
  })
})
