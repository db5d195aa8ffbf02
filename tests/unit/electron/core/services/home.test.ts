import { describe, expect, it } from 'vitest'
import type { Matter, Notice } from '../../../../../contract'
import { generateDemoVillage, loadDemoVillage } from '../../../../../electron/core/demo/generate'
import { homeHandlers } from '../../../../../electron/core/services/home'
import {
  currentNotices,
  matterCard,
  noticeIsCurrent,
  stepReached,
} from '../../../../../electron/core/services/home-cards'
import { sheetTotals } from '../../../../../electron/core/services/ledger-math'
import { CLERK, NOW, SIGNER, entry, project, publicCtx, put, sheet } from './fixtures'

const summary = homeHandlers['home.summary']

function notice(over: Partial<Notice>): Notice {
  return {
    id: 'n',
    kind: 'notice',
    title: '通知',
    body: '',
    pinned: false,
    validFrom: '2026-05-01',
    objection: '',
    rows: [],
    status: 'published',
    version: 1,
    createdAt: '2026-04-30T01:00:00.000Z',
    createdBy: CLERK,
    updatedAt: '2026-04-30T01:00:00.000Z',
    ...over,
  }
}

function matter(over: Partial<Matter>): Matter {
  const step = (index: number, date: string) => ({
    index,
    date,
    due: 0,
    present: 0,
    votesFor: 0,
    votesAgainst: 0,
    abstain: 0,
    content: '',
    signatures: [],
  })
  return {
    id: 'm',
    title: '事项',
    summary: '',
    steps: [step(0, '2026-03-01'), step(1, '2026-03-08')],
    status: 'published',
    version: 1,
    createdAt: '2026-03-01T01:00:00.000Z',
    createdBy: CLERK,
    updatedAt: '2026-03-09T01:00:00.000Z',
    ...over,
  }
}

describe('home.summary', () => {
  it('answers on an empty store, so a fresh kiosk still starts', async () => {
    const home = await summary({}, publicCtx())
    expect(home).toMatchObject({
      village: { name: '', township: '', county: '' },
      isDemo: false,
      today: '2026-05-10',
      supervisors: [],
      latest: null,
      projects: [],
      decisions: [],
      notices: [],
      openQuestions: 0,
      lastUpdated: '',
      checkpoint: { seq: 0 },
    })
  })

  it('sums the demo village the way the ledger does', async () => {
    const ctx = publicCtx()
    await loadDemoVillage(ctx.store, { seed: 11, now: NOW })
    const demo = generateDemoVillage({ seed: 11, today: '2026-05-10' })
    const home = await summary({}, ctx)
    expect(home.isDemo).toBe(true)
    expect(home.village.name).toBe(demo.profile.name)
    expect(home.supervisors).toEqual(
      demo.members.filter((m) => m.body === 'supervision').map((m) => m.name),
    )
    const march = sheetTotals(demo.ledger.filter((e) => e.period === '2026-03'))
    expect(home.latest).toMatchObject({
      key: '2026-03',
      label: '2026年3月',
      kind: 'month',
      incomeFen: march.incomeFen,
      expenseFen: march.expenseFen,
    })
    expect(home.projects.map((p) => p.stage)).not.toContain('结算')
    expect(home.projects).toHaveLength(5)
    expect(home.projectsTotal).toBe(5)
    for (const card of home.projects) {
      const spent = demo.ledger
        .filter((e) => e.projectId === card.id && e.direction === 'expense')
        .reduce((sum, e) => sum + e.amountFen, 0)
      expect(card.spentFen).toBe(spent)
    }
    expect(home.decisions).toHaveLength(4)
    const dates = home.decisions.map((d) => d.date)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(home.notices.length).toBe(5)
    expect(home.notices[0]!.pinned).toBe(true)
    for (const n of home.notices) expect(noticeIsCurrent(n, '2026-05-10')).toBe(true)
    expect(home.lastUpdated).toBe(NOW.toISOString())
    expect(home.checkpoint).toEqual(ctx.store.head())
  })

  it('shows only published, current records and counts spending from published sheets only', async () => {
    const ctx = publicCtx()
    await put(ctx.store, 'sheets', [sheet('2026-Q1'), sheet('2026-04', { status: 'submitted' })])
    await put(ctx.store, 'projects', [
      project(),
      project({ id: 'p-done', stage: '结算' }),
      project({ id: 'p-draft', status: 'draft' }),
      project({ id: 'p-old', supersededBy: 'p-1' }),
    ])
    await put(ctx.store, 'ledger', [
      entry({ category: 'assets', item: '在建工程', amountFen: 1_000, projectId: 'p-1' }),
      entry({
        category: 'income',
        item: '补助收入',
        direction: 'income',
        amountFen: 500,
        projectId: 'p-1',
      }),
      entry({ period: '2026-04', date: '2026-04-02', amountFen: 70, projectId: 'p-1' }),
    ])
    await put(ctx.store, 'matters', [
      matter({ id: 'm-pub' }),
      matter({ id: 'm-draft', status: 'draft' }),
      matter({
        id: 'm-none',
        steps: [],
        publishedAt: '2026-04-01T02:00:00.000Z',
        publishedBy: SIGNER,
      }),
    ])
    await put(ctx.store, 'notices', [
      notice({ id: 'now' }),
      notice({ id: 'future', validFrom: '2026-05-11' }),
      notice({ id: 'draft', status: 'draft' }),
    ])
    const home = await summary({}, ctx)
    expect(home.projects.map((p) => [p.id, p.spentFen])).toEqual([['p-1', 1_000]])
    expect(home.latest).toMatchObject({ key: '2026-Q1', incomeFen: 500, expenseFen: 1_000 })
    expect(home.decisions).toEqual([
      { id: 'm-none', title: '事项', reached: -1, reachedName: '尚未开始', date: '2026-04-01' },
      { id: 'm-pub', title: '事项', reached: 1, reachedName: '两委会商议', date: '2026-03-08' },
    ])
    expect(home.notices.map((n) => n.id)).toEqual(['now'])
    expect(home.projectsTotal).toBe(1)
  })

  it('lists the five projects updated last, and counts every project under way', async () => {
    const ctx = publicCtx()
    const days = [3, 9, 1, 7, 5, 8, 2]
    await put(ctx.store, 'projects', [
      ...days.map((d) => project({ id: `p-${d}`, updatedAt: `2026-04-0${d}T02:00:00.000Z` })),
      project({ id: 'p-done', stage: '结算', updatedAt: '2026-04-10T02:00:00.000Z' }),
    ])
    const home = await summary({}, ctx)
    expect(home.projects.map((p) => p.id)).toEqual(['p-9', 'p-8', 'p-7', 'p-5', 'p-3'])
    expect(home.projectsTotal).toBe(7)
  })
})

describe('home cards', () => {
  it('finds the furthest step reached, -1 before any', () => {
    expect(stepReached(matter({}))).toBe(1)
    expect(stepReached(matter({ steps: [] }))).toBe(-1)
  })

  it('keeps notices inside their window, both ends inclusive, pinned first, at most the limit', () => {
    expect(noticeIsCurrent({ validFrom: '2026-05-10', validTo: '2026-05-10' }, '2026-05-10')).toBe(
      true,
    )
    expect(noticeIsCurrent({ validFrom: '2026-05-01', validTo: '2026-05-09' }, '2026-05-10')).toBe(
      false,
    )
    expect(noticeIsCurrent({ validFrom: '2026-05-01' }, '2099-01-01')).toBe(true)
    const list = [
      notice({ id: 'a', validFrom: '2026-05-09' }),
      notice({ id: 'b', validFrom: '2026-04-01', pinned: true }),
      notice({ id: 'c', validFrom: '2026-05-02' }),
    ]
    expect(currentNotices(list, '2026-05-10', 2).map((n) => n.id)).toEqual(['b', 'a'])
  })
})

describe('a decision card with no step yet', () => {
  it("is dated by the village's day it went public: 01:00 on 1 April there, not 31 March", () => {
    const card = matterCard(matter({ steps: [], publishedAt: '2026-03-31T17:00:00.000Z' }))
    expect(card).toMatchObject({ reachedName: '尚未开始', date: '2026-04-01' })
  })
})
