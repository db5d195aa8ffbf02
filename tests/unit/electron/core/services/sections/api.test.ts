/** The public sections through the real core over the demo village, as the kiosk calls them. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input, Method, Output, Result } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { removeTempDir } from '../../../../temp-dir'

let core: Core
let dir: string
let now = Date.parse('2026-11-25T01:30:00.000Z')

const call = <M extends Method>(method: M, input: Input<M>) =>
  core.invoke(method, input, 'kiosk') as Promise<Result<Output<M>>>

async function ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const r = await call(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.data
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sections-api-'))
  core = await openCore({ dir, demo: true, now: () => new Date(now) })
})

afterAll(async () => {
  await core.close()
  removeTempDir(dir)
})

describe('every public section has demo content on 2026-11-25', () => {
  it('lists projects of every stage, each with what the published ledger spent', async () => {
    const all = (await ok('projects.list', {})).items
    expect(new Set(all.map((p) => p.stage))).toEqual(
      new Set(['立项', '招标', '施工', '验收', '结算']),
    )
    const building = (await ok('projects.list', { stage: '施工' })).items
    expect(building).toHaveLength(2)
    const road = building.find((p) => p.name.includes('道路硬化'))!
    const detail = await ok('projects.get', { id: road.id })
    expect(detail.spentFen).toBe(detail.entries.reduce((s, e) => s + e.amountFen, 0))
    expect(detail.spentFen).toBe(road.spentFen)
    expect(detail.matter?.reachedName).toBe('决议公开')
    expect(detail.milestones.map((m) => m.date)).toEqual(
      detail.milestones.map((m) => m.date).sort(),
    )
  })

  it('shows the matters with six steps, and the two that broke a rule say which', async () => {
    const matters = (await ok('matters.list', {})).items
    expect(matters).toHaveLength(7)
    const broken = matters.filter((m) => m.ruleChecks.length > 0)
    expect(broken.map((m) => m.title)).toEqual([
      '关于调整村民小组长误工补贴标准的事项',
      '关于村集体鱼塘重新发包的事项',
    ])
    const pond = await ok('matters.get', { id: broken[1]!.id })
    expect(pond.steps).toHaveLength(6)
    expect(pond.ruleChecks).toEqual([
      '党员大会到会不足三分之二（应到70人，实到42人）',
      '“村民代表会议决议”所依据的“党员大会审议”没有依法通过',
      '“决议公开”所依据的“党员大会审议”没有依法通过',
    ])
    expect(pond.steps[2]!.checks).toEqual(['党员大会到会不足三分之二（应到70人，实到42人）'])
    expect(pond.steps[3]!.checks).toEqual(['“村民代表会议决议”所依据的“党员大会审议”没有依法通过'])
  })

  it('lists fourteen meetings of four kinds, filterable, each with minutes', async () => {
    const meetings = (await ok('meetings.list', {})).items
    expect(meetings).toHaveLength(14)
    expect((await ok('meetings.list', { kind: '村民议事会' })).items.map((m) => m.topic)).toContain(
      '五组修路筹资筹劳议事',
    )
    const one = await ok('meetings.get', { id: meetings[0]!.id })
    expect(one.minutes.length).toBeGreaterThan(0)
  })

  it('counts the 公示 days left in the village: 6 for 低保, 4 for 尊老金', async () => {
    const { current, archive } = await ok('notices.list', {})
    const left = Object.fromEntries(
      current.filter((n) => n.kind === 'gongshi').map((n) => [n.title.slice(-8), n.daysLeft]),
    )
    expect(left).toEqual({ 保障新增对象公示: 6, 老金发放名单公示: 4 })
    expect(current[0]!.pinned).toBe(true)
    expect(archive.map((n) => n.title)).toEqual(['2025年度临时救助对象公示'])
    const dibao = current.find((n) => n.title.includes('最低生活保障'))!
    const view = await ok('notices.get', { id: dibao.id })
    expect(view.countdown).toEqual({
      start: '2026-11-23',
      end: '2026-11-30',
      daysLeft: 6,
      state: 'open',
    })
    expect(view.rows.every((r) => /^\S\*+\S?$/u.test(r.maskedName))).toBe(true)
  })

  it('shows the finance registers with the facts the screens highlight', async () => {
    const budget = await ok('finance.budget', {})
    expect(budget).toMatchObject({
      year: 2026,
      years: [2026, 2025, 2024],
      actualThrough: '2026-09-30',
    })
    const y2025 = await ok('finance.budget', { year: 2025 })
    expect(y2025.expense.filter((l) => l.over).map((l) => l.item)).toContain('管理费用')
    const assets = await ok('finance.assets', {})
    expect(assets.items).toHaveLength(11)
    expect(assets.expiringSoonCount).toBe(4)
    expect(assets.owingFen).toBe(assets.items.reduce((s, a) => s + a.owingFen, 0))
    const debts = await ok('finance.debts', {})
    expect(debts.items.filter((d) => d.overdue).map((d) => d.counterparty)).toEqual([
      '顾氏水产养殖场',
    ])
    const dist = await ok('finance.distributions', {})
    expect(dist.map((d) => d.year)).toEqual([2025, 2024, 2023])
    const specials = await ok('finance.specials', {})
    expect(specials).toHaveLength(5)
    const tender = await ok('finance.specials', { kind: '工程招投标' })
    const special = await ok('finance.special', { id: tender[0]!.id })
    expect(special.project?.name).toContain('道路硬化')
    expect(special.rows).toHaveLength(3)
  })

  it('names who is responsible for each year-round duty, phone masked', async () => {
    const duties = await ok('people.duties', {})
    expect(duties.map((d) => d.name)).toEqual([
      '冬季防火',
      '夏季防台防汛',
      '绿化造林',
      '环境整治',
      '文明创建',
    ])
    for (const d of duties) expect(d.responsible?.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
  })

  it('finds 修路 by xl, xiulu and 修路, grouped by section', async () => {
    for (const q of ['xl', 'xiulu', '修路']) {
      const r = await ok('search', { q })
      const titles = r.groups.flatMap((g) => g.hits.map((h) => h.title))
      expect(titles, q).toContain('五组修路一事一议筹资筹劳方案公示')
      expect(
        r.groups.map((g) => g.section),
        q,
      ).toContain('meetings')
    }
    expect(await ok('search', { q: 'qqqq' })).toEqual({ q: 'qqqq', total: 0, groups: [] })
  })

  it('is fresh on 2026-11-25 and overdue once 2027-01-10 has passed', async () => {
    const fresh = await ok('kiosk.freshness', {})
    expect(fresh.finance).toMatchObject({
      latestPeriod: '2026-09',
      dueBy: '2027-01-10',
      overdue: false,
    })
    expect(fresh.sections.every((s) => s.lastUpdated !== '')).toBe(true)
    now = Date.parse('2027-01-10T16:00:00.000Z')
    try {
      const late = await ok('kiosk.freshness', {})
      expect(late.finance.overdue).toBe(true)
      expect(late.finance.warning).toContain('2027-01-10前公开')
    } finally {
      now = Date.parse('2026-11-25T01:30:00.000Z')
    }
  })
})

describe('no personal numbers in any public section', () => {
  it('never returns a member’s full phone number, an 11-digit mobile or an ID number', async () => {
    const outputs = await Promise.all([
      ok('matters.list', {}),
      ok('meetings.list', {}),
      ok('notices.list', {}),
      ok('finance.assets', {}),
      ok('finance.debts', {}),
      ok('finance.specials', {}),
      ok('people.duties', {}),
      ok('search', { q: 'zhang' }),
    ])
    const text = JSON.stringify(outputs)
    for (const m of core.store.all('members')) expect(text).not.toContain(m.phone)
    expect(text).not.toMatch(/(?<!\d)1\d{10}(?!\d)/)
    expect(text).not.toMatch(/(?<!\d)\d{17}[\dXx](?!\d)/)
  })
})
