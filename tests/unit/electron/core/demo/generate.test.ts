import { describe, expect, it } from 'vitest'
import {
  LedgerEntry,
  LedgerEntryInput,
  Matter,
  Member,
  Notice,
  PeriodSheet,
  Project,
  Settings,
  VillageProfile,
  periodContains,
  periodRange,
} from '../../../../../contract'
import { generateDemoVillage } from '../../../../../electron/core/demo/generate'
import { dayNumber } from '../../../../../electron/core/demo/dates'

const TODAY = '2026-05-10'
const village = generateDemoVillage({ seed: 7, today: TODAY })

describe('generateDemoVillage', () => {
  it('gives the same village for the same seed and day, another for another seed', () => {
    expect(generateDemoVillage({ seed: 7, today: TODAY })).toEqual(village)
    const other = generateDemoVillage({ seed: 8, today: TODAY })
    expect(other.ledger[0]!.id).not.toBe(village.ledger[0]!.id)
    expect(other).not.toEqual(village)
  })

  it('writes records that parse unchanged with their contract schemas', () => {
    expect(VillageProfile.parse(village.profile)).toEqual(village.profile)
    expect(village.profile.isDemo).toBe(true)
    expect(Settings.parse(village.settings)).toEqual(village.settings)
    expect(village.settings.periodMode).toBe('month')
    const pairs: Array<[{ parse(v: unknown): unknown }, unknown[]]> = [
      [Member, village.members],
      [LedgerEntry, village.ledger],
      [PeriodSheet, village.sheets],
      [Project, village.projects],
      [Matter, village.matters],
      [Notice, village.notices],
    ]
    for (const [schema, records] of pairs) {
      expect(records.length).toBeGreaterThan(0)
      for (const r of records) expect(schema.parse(r)).toEqual(r)
    }
  })

  it('books every line as a clerk could type it: item of its category, date in its period', () => {
    for (const e of village.ledger) {
      const parsed = LedgerEntryInput.safeParse(e)
      expect(parsed.success, `${e.voucherNo} ${e.summary}`).toBe(true)
      expect(periodContains(e.period, e.date)).toBe(true)
      expect(Number.isSafeInteger(e.amountFen) && e.amountFen > 0).toBe(true)
    }
  })

  it('numbers vouchers uniquely within each period', () => {
    const seen = new Set<string>()
    for (const e of village.ledger) {
      const key = `${e.period} ${e.voucherNo}`
      expect(seen.has(key)).toBe(false)
      seen.add(key)
      expect(e.voucherNo).toMatch(/^记-\d{4}-\d{2}-\d{3,}$/)
    }
  })

  it('looks like a real village: income in the millions, a few large expenses, project payments', () => {
    const income2025 = village.ledger
      .filter((e) => e.date.startsWith('2025') && e.direction === 'income')
      .reduce((sum, e) => sum + e.amountFen, 0)
    expect(income2025).toBeGreaterThan(100_000_000)
    expect(income2025).toBeLessThan(400_000_000)
    const large = village.ledger.filter(
      (e) => e.direction === 'expense' && e.amountFen >= 5_000_000,
    )
    expect(large.length).toBeGreaterThanOrEqual(3)
    const categories = new Set(village.ledger.map((e) => e.category))
    expect(categories.size).toBe(8)
    const projectIds = new Set(village.projects.map((p) => p.id))
    const linked = village.ledger.filter((e) => e.projectId)
    expect(linked.length).toBeGreaterThan(0)
    for (const e of linked) expect(projectIds.has(e.projectId!)).toBe(true)
  })

  it('publishes quarterly sheets, then the last twelve months monthly, up to the last closed quarter', () => {
    const keys = village.sheets.map((s) => s.key)
    expect(keys).toHaveLength(8 + 12)
    expect(keys.slice(0, 8).every((k) => k.includes('Q'))).toBe(true)
    expect(keys.slice(8).every((k) => !k.includes('Q'))).toBe(true)
    expect(keys[0]).toBe('2023-Q2')
    expect(keys.at(-1)).toBe('2026-03')
    for (let i = 1; i < keys.length; i++) {
      const gap = dayNumber(periodRange(keys[i]!).from) - dayNumber(periodRange(keys[i - 1]!).to)
      expect(gap).toBe(1)
    }
    const periods = new Set(keys)
    for (const e of village.ledger) expect(periods.has(e.period)).toBe(true)
  })

  it('has every sheet signed by a 监委 member a few days after the period ends', () => {
    const supervisors = new Set(
      village.members.filter((m) => m.body === 'supervision').map((m) => m.id),
    )
    expect(supervisors.size).toBe(3)
    for (const s of village.sheets) {
      expect(s.status).toBe('published')
      expect(s.version).toBe(1)
      expect(supervisors.has(s.publishedBy!.id)).toBe(true)
      const after = dayNumber(s.publishedAt!) - dayNumber(periodRange(s.key).to)
      expect(after).toBeGreaterThanOrEqual(1)
      expect(after).toBeLessThanOrEqual(10)
      expect(s.publishedAt!.slice(0, 10) <= TODAY).toBe(true)
    }
  })

  it('never dates a sheet after today, even on the first day of a quarter', () => {
    const early = generateDemoVillage({ seed: 7, today: '2026-04-01', years: 1 })
    for (const s of early.sheets) expect(s.publishedAt!.slice(0, 10) <= '2026-04-01').toBe(true)
  })

  it('has projects in every stage, spending within budget', () => {
    expect(new Set(village.projects.map((p) => p.stage))).toEqual(
      new Set(['立项', '招标', '施工', '验收', '结算']),
    )
    for (const p of village.projects) {
      const spent = village.ledger
        .filter((e) => e.projectId === p.id && e.direction === 'expense')
        .reduce((sum, e) => sum + e.amountFen, 0)
      expect(spent).toBeLessThanOrEqual(p.budgetFen)
    }
  })

  it('links lines, projects, meetings and 专项公开 only to published projects and matters', () => {
    const published = (list: { id: string; status: string }[]) =>
      new Set(list.filter((r) => r.status === 'published').map((r) => r.id))
    const projects = published(village.projects)
    const matters = published(village.matters)
    const linkedProjects = [...village.ledger, ...village.specials].flatMap((r) =>
      r.projectId ? [r.projectId] : [],
    )
    const linkedMatters = [...village.projects, ...village.meetings, ...village.specials].flatMap(
      (r) => (r.matterId ? [r.matterId] : []),
    )
    expect(linkedProjects.length).toBeGreaterThan(0)
    expect(linkedMatters.length).toBeGreaterThan(0)
    expect(linkedProjects.filter((id) => !projects.has(id))).toEqual([])
    expect(linkedMatters.filter((id) => !matters.has(id))).toEqual([])
  })

  it('has 四议两公开 matters, one with a 党员大会 under two thirds present', () => {
    expect(village.matters.length).toBeGreaterThanOrEqual(5)
    const short = village.matters.filter((m) =>
      m.steps.some((s) => s.index === 2 && s.present * 3 < s.due * 2),
    )
    expect(short).toHaveLength(1)
    for (const m of village.matters) {
      expect(m.steps.map((s) => s.index)).toEqual(m.steps.map((_, i) => i))
    }
  })

  it('has notices: a pinned one, an expired one, and 公示 lists of 7+ days with masked names', () => {
    expect(village.notices.some((n) => n.pinned)).toBe(true)
    expect(village.notices.some((n) => n.validTo !== undefined && n.validTo < TODAY)).toBe(true)
    const gongshi = village.notices.filter((n) => n.kind === 'gongshi')
    expect(gongshi.length).toBeGreaterThanOrEqual(2)
    for (const n of gongshi) {
      expect(dayNumber(n.validTo!) - dayNumber(n.validFrom)).toBeGreaterThanOrEqual(7)
      expect(n.objection).not.toBe('')
      for (const row of n.rows) expect(row.maskedName).toMatch(/^\S\*+\S?$/u)
    }
  })

  it('stores members with full phone numbers (masked only on the way out)', () => {
    for (const m of village.members) expect(m.phone).toMatch(/^1\d{10}$/)
  })

  it('grows the ledger in proportion to years and scale', () => {
    const base = village.ledger.length
    const twice = generateDemoVillage({ seed: 7, today: TODAY, years: 6 }).ledger.length
    expect(twice / base).toBeGreaterThan(1.8)
    expect(twice / base).toBeLessThan(2.2)
    const big = generateDemoVillage({ seed: 7, today: TODAY, years: 10, scale: 15 })
    expect(big.ledger.length).toBeGreaterThan(50_000)
    expect(big.sheets).toHaveLength(36 + 12)
  })
})
