/**
 * Sums over ten years of lines (what each project spent, each period's totals) are kept
 * between calls: a villager must still see every change at once, never yesterday's sum.
 */
import { describe, expect, it } from 'vitest'
import { homeHandlers } from '../../../../../electron/core/services/home'
import { ledgerHandlers } from '../../../../../electron/core/services/ledger'
import { projectHandlers } from '../../../../../electron/core/services/sections/projects'
import { entry, project, publicCtx, put, sheet } from './fixtures'

describe('figures kept between calls follow every change', () => {
  it('spending and period totals move with a new line, a newly published period and a withdrawn line', async () => {
    const ctx = publicCtx()
    await put(ctx.store, 'projects', [project()])
    await put(ctx.store, 'sheets', [sheet('2026-Q1')])
    await put(ctx.store, 'ledger', [entry({ id: 'a', amountFen: 1_000, projectId: 'p-1' })])
    const looks = async () => ({
      home: (await homeHandlers['home.summary']({}, ctx)).projects.map((p) => p.spentFen),
      list: (await projectHandlers['projects.list']({}, ctx)).items.map((p) => p.spentFen),
      detail: (await projectHandlers['projects.get']({ id: 'p-1' }, ctx)).spentFen,
      periods: (await ledgerHandlers['ledger.periods']({}, ctx)).map((p) => [p.key, p.expenseFen]),
    })
    expect(await looks()).toEqual({
      home: [1_000],
      list: [1_000],
      detail: 1_000,
      periods: [['2026-Q1', 1_000]],
    })
    // Asked twice with nothing changed: the same answer.
    expect(await looks()).toEqual(await looks())

    await put(ctx.store, 'ledger', [entry({ id: 'b', amountFen: 250, projectId: 'p-1' })])
    expect(await looks()).toEqual({
      home: [1_250],
      list: [1_250],
      detail: 1_250,
      periods: [['2026-Q1', 1_250]],
    })

    // A line in a period not yet published counts nowhere until the period is.
    await put(ctx.store, 'ledger', [
      entry({ id: 'c', period: '2026-04', date: '2026-04-02', amountFen: 70, projectId: 'p-1' }),
    ])
    expect((await looks()).home).toEqual([1_250])
    await put(ctx.store, 'sheets', [sheet('2026-04')])
    expect(await looks()).toEqual({
      home: [1_320],
      list: [1_320],
      detail: 1_320,
      periods: [
        ['2026-04', 70],
        ['2026-Q1', 1_250],
      ],
    })
  })
})
