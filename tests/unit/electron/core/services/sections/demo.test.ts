import { describe, expect, it } from 'vitest'
import {
  Asset,
  AssetInput,
  BudgetLine,
  Debt,
  DebtInput,
  Distribution,
  Duty,
  DUTY_NAMES,
  MEETING_KINDS,
  Meeting,
  MeetingInput,
  SPECIAL_KINDS,
  Special,
  SpecialInput,
} from '../../../../../../contract'
import { decisionProblem, worksUnderWay } from '../../../../../../contract/matter-decision'
import { generateDemoVillage } from '../../../../../../electron/core/demo/generate'
import { matterView } from '../../../../../../electron/core/services/sections/matters'

const TODAY = '2026-11-25'
const village = generateDemoVillage({ seed: 20260315, today: TODAY })

describe('demo content of the public sections', () => {
  it('parses unchanged with the contract schemas, and every record is published', () => {
    const pairs: Array<[{ parse(v: unknown): unknown }, Array<{ status: string }>]> = [
      [BudgetLine, village.budget],
      [Asset, village.assets],
      [Debt, village.debts],
      [Distribution, village.distributions],
      [Special, village.specials],
      [Meeting, village.meetings],
      [Duty, village.duties],
    ]
    for (const [schema, records] of pairs) {
      expect(records.length).toBeGreaterThan(0)
      for (const r of records) {
        expect(schema.parse(r)).toEqual(r)
        expect(r.status).toBe('published')
      }
    }
  })

  it('holds what a clerk could type: the input schemas accept every record', () => {
    for (const a of village.assets) expect(AssetInput.safeParse(a).success, a.name).toBe(true)
    for (const d of village.debts) expect(DebtInput.safeParse(d).success).toBe(true)
    for (const m of village.meetings) expect(MeetingInput.safeParse(m).success, m.topic).toBe(true)
    for (const s of village.specials) expect(SpecialInput.safeParse(s).success, s.title).toBe(true)
  })

  it('covers every kind: four meeting kinds, five special kinds, the five duties', () => {
    expect(new Set(village.meetings.map((m) => m.kind))).toEqual(new Set(MEETING_KINDS))
    expect(village.meetings.length).toBeGreaterThanOrEqual(12)
    expect(village.specials.map((s) => s.kind).sort()).toEqual([...SPECIAL_KINDS].sort())
    expect(village.duties.map((d) => d.name)).toEqual([...DUTY_NAMES])
    expect(village.meetings.every((m) => m.minutes.length > 0 && m.date <= TODAY)).toBe(true)
  })

  it('plans every year from 2024 to 2026, with 2025 管理费用 over its plan', () => {
    expect([...new Set(village.budget.map((b) => b.year))].sort()).toEqual([2024, 2025, 2026])
    const plan = village.budget.find((b) => b.year === 2025 && b.item === '管理费用')!
    const spent = village.ledger
      .filter((e) => e.date.startsWith('2025-') && e.item === '管理费用')
      .reduce((s, e) => s + e.amountFen, 0)
    expect(spent).toBeGreaterThan(plan.plannedFen)
  })

  it('has eleven register rows: four ending within 90 days, one ended', () => {
    expect(village.assets).toHaveLength(11)
    const soon = village.assets.filter(
      (a) => a.termTo && a.termTo >= TODAY && a.termTo <= '2027-02-23',
    )
    expect(soon.map((a) => a.name).sort()).toEqual(
      ['东塘集体鱼塘', '一号标准厂房', '村庄保洁服务外包合同', '农机库'].sort(),
    )
    expect(village.assets.filter((a) => a.termTo && a.termTo < TODAY).map((a) => a.name)).toEqual([
      '老供销社门面房',
    ])
  })

  it('pays the same dividend in the ledger and in the distribution', () => {
    for (const d of village.distributions) {
      const paid = village.ledger.find(
        (e) => e.item === '村民分红' && e.date.startsWith(`${d.year}-`),
      )!
      expect(d.items.find((i) => i.name === '村民分红')!.amountFen).toBe(paid.amountFen)
    }
  })

  it('masks every person named in a land compensation list', () => {
    const land = village.specials.find((s) => s.kind === '征地补偿')!
    expect(land.rows.length).toBeGreaterThanOrEqual(5)
    for (const r of land.rows) expect(r.label).toMatch(/^\S\*+\S?$/u)
  })

  it('breaks exactly the rules the tracker must show: one short 党员大会, one failed vote', () => {
    const broken = village.matters
      .map((m) => matterView(m, []))
      .filter((v) => v.ruleChecks.length > 0)
      .map((v) => [v.title, v.ruleChecks.map((c) => c.replace(/（.*）/, ''))])
    expect(broken).toEqual([
      // The short 党员大会 leaves the steps after it standing on a decision never taken.
      [
        '关于村集体鱼塘重新发包的事项',
        [
          '党员大会到会不足三分之二',
          '“村民代表会议决议”所依据的“党员大会审议”没有依法通过',
          '“决议公开”所依据的“党员大会审议”没有依法通过',
        ],
      ],
      ['关于调整村民小组长误工补贴标准的事项', ['决议未获到会人员过半数同意']],
    ])
  })

  it('builds nothing on a vote that did not pass: every project at 施工 or later rests on a passed matter', () => {
    const byId = new Map(village.matters.map((m) => [m.id, m]))
    const building = village.projects.filter((p) => worksUnderWay(p.stage) && p.matterId)
    expect(building.length).toBeGreaterThan(0)
    for (const p of building) expect(decisionProblem(byId.get(p.matterId!)!.steps)).toBeNull()
    const views = village.matters.map((m) =>
      matterView(
        m,
        village.projects.filter((p) => p.matterId === m.id),
      ),
    )
    expect(views.flatMap((v) => v.ruleChecks).filter((c) => c.startsWith('项目'))).toEqual([])
  })

  it('links each matter meeting to its matter with the step’s own counts', () => {
    for (const m of village.meetings.filter((x) => x.matterId)) {
      const matter = village.matters.find((x) => x.id === m.matterId)!
      const index = m.kind === '党员大会' ? 2 : 3
      expect(matter.steps[index]).toMatchObject({ date: m.date, due: m.due, present: m.present })
    }
  })
})
