import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { registersAdminHandlers } from '../../../../../../electron/core/services/registers-admin'
import { sectionHandlers } from '../../../../../../electron/core/services/sections'
import { harness, PEOPLE, type Harness } from '../ledger-admin/harness'

let h: Harness

beforeEach(async () => {
  h = await harness('month', { ...registersAdminHandlers, ...sectionHandlers })
})

const pond: Input<'assets.save'> = {
  name: '村东鱼塘',
  type: '资源',
  location: '五组东侧',
  area: '32亩',
  lessee: '张建国',
  contractNo: 'HT-2024-07',
  termFrom: '2024-01-01',
  termTo: '2028-12-31',
  yearlyRentFen: 2_560_000,
  collectedFen: 1_280_000,
}

describe('a register record through the workflow (资产资源合同)', () => {
  it('is saved as a draft, submitted, signed by another person, then public', async () => {
    const draft = await h.call('clerk', 'assets.save', pond)
    expect(draft).toMatchObject({ status: 'draft', createdBy: PEOPLE.clerk.user })
    expect((await h.call('public', 'finance.assets', {})).items).toEqual([])
    await h.call('clerk', 'assets.submit', { id: draft.id })
    await h.refused('clerk', 'assets.publish', { id: draft.id }, 'FORBIDDEN')
    await h.refused('clerkAsSup', 'assets.publish', { id: draft.id }, 'FORBIDDEN')
    const signed = await h.call('sup', 'assets.publish', { id: draft.id })
    expect(signed).toMatchObject({ status: 'published', publishedBy: PEOPLE.sup.user })
    const shown = (await h.call('public', 'finance.assets', {})).items
    expect(shown.map((a) => [a.name, a.yearlyRentFen])).toEqual([['村东鱼塘', 2_560_000]])
  })

  /** The clerk's own account, given the 监委 role, may not sign the asset `id`. */
  const refusedAsOwnWork = (id: string) =>
    h.refused('clerkAsSup', 'assets.publish', { id }, 'FORBIDDEN', /不能审核公开自己填写或改过的/)

  it('is not signed by the person who wrote it, even when another clerk submitted it', async () => {
    const draft = await h.call('clerk', 'assets.save', pond)
    await h.call('clerk2', 'assets.submit', { id: draft.id })
    await refusedAsOwnWork(draft.id)
    await h.call('sup', 'assets.publish', { id: draft.id })
  })

  it('is not signed by someone who changed it, even when another clerk wrote and submitted it', async () => {
    const draft = await h.call('clerk2', 'assets.save', pond)
    await h.call('clerk', 'assets.save', { ...pond, id: draft.id, yearlyRentFen: 2_000_000 })
    await h.call('clerk2', 'assets.save', { ...pond, id: draft.id, yearlyRentFen: 2_100_000 })
    await h.call('clerk2', 'assets.submit', { id: draft.id })
    // The clerk's account later given the 监委 role: the figure they once changed is their work.
    await refusedAsOwnWork(draft.id)
    expect(h.store.get('assets', draft.id)?.editedBy).toEqual([PEOPLE.clerk.user])
    await h.call('sup', 'assets.publish', { id: draft.id })
  })

  it('is frozen once public; a correction with a reason replaces it only when signed', async () => {
    const a = await h.call('clerk', 'assets.save', pond)
    await h.call('clerk', 'assets.submit', { id: a.id })
    await h.call('sup', 'assets.publish', { id: a.id })
    await h.refused('clerk', 'assets.save', { ...pond, id: a.id }, 'CONFLICT')
    const fix = await h.call('clerk', 'assets.correct', {
      ...pond,
      id: a.id,
      collectedFen: 2_560_000,
      reason: '下半年租金已收齐',
    })
    await h.call('clerk', 'assets.submit', { id: fix.id })
    expect((await h.call('public', 'finance.assets', {})).items[0]?.collectedFen).toBe(1_280_000)
    await h.call('sup', 'assets.publish', { id: fix.id })
    const [row] = (await h.call('public', 'finance.assets', {})).items
    expect(row?.collectedFen).toBe(2_560_000)
    // 已更正 publicly: the reason, when it was signed, and the version it replaced.
    expect(row?.correction).toMatchObject({
      reason: '下半年租金已收齐',
      at: '2026-11-25T01:30:00.000Z',
      earlier: { id: a.id, collectedFen: 1_280_000, owingFen: 1_280_000 },
    })
    expect(h.store.get('assets', a.id)?.supersededBy).toBe(fix.id)
  })

  it('refuses a personal number in public text, next to its field, changing nothing', async () => {
    const err = await h.refused(
      'clerk',
      'assets.save',
      { ...pond, lessee: '张建国 13812345678' },
      'BAD_INPUT',
    )
    expect(err.fields?.lessee).toMatch(/手机号码/)
  })
})

describe('the registers’ own rules', () => {
  it('财务计划: a sub-item must belong to its category', async () => {
    const line: Input<'budget.save'> = {
      year: 2026,
      direction: 'expense',
      category: 'expense',
      item: '补助收入',
      plannedFen: 100_000,
    }
    const err = await h.refused('clerk', 'budget.save', line, 'BAD_INPUT')
    expect(err.fields?.item).toBe('明细科目不属于所选类别')
    await h.call('clerk', 'budget.save', { ...line, item: '办公费' })
  })

  it('财务计划: a signed correction replaces the line publicly and says what it planned before', async () => {
    const line: Input<'budget.save'> = {
      year: 2026,
      direction: 'expense',
      category: 'expense',
      item: '办公费',
      plannedFen: 7_800_000,
    }
    const b = await h.call('clerk', 'budget.save', line)
    await h.call('clerk', 'budget.submit', { id: b.id })
    await h.call('sup', 'budget.publish', { id: b.id })
    const fix = await h.call('clerk', 'budget.correct', {
      ...line,
      id: b.id,
      plannedFen: 8_800_000,
      reason: '追加预算',
    })
    await h.call('clerk', 'budget.submit', { id: fix.id })
    const before = await h.call('public', 'finance.budget', { year: 2026 })
    expect(before.expense.map((l) => [l.id, l.plannedFen, l.correction])).toEqual([
      [b.id, 7_800_000, undefined],
    ])
    await h.call('sup', 'budget.publish', { id: fix.id })
    const after = await h.call('public', 'finance.budget', { year: 2026 })
    expect(after.expense).toHaveLength(1)
    expect(after.expense[0]).toMatchObject({
      id: fix.id,
      plannedFen: 8_800_000,
      correction: {
        reason: '追加预算',
        earlier: { year: 2026, categoryName: '各项支出', item: '办公费', plannedFen: 7_800_000 },
      },
    })
  })

  it('收益分配: the items cannot add up to more than the distributable income', async () => {
    const plan: Input<'distributions.save'> = {
      year: 2025,
      title: '2025年度收益分配方案',
      distributableFen: 1_000_000,
      items: [
        { name: '提取公积公益金', amountFen: 600_000 },
        { name: '村民分红', amountFen: 500_000 },
      ],
    }
    const err = await h.refused('clerk', 'distributions.save', plan, 'BAD_INPUT')
    expect(err.fields?.items).toBe('各项分配合计不能超过可分配收益')
    await h.call('clerk', 'distributions.save', { ...plan, distributableFen: 1_100_000 })
  })

  it('专项公开: names on a land-compensation list are stored masked; links must exist', async () => {
    const special: Input<'specials.save'> = {
      kind: '征地补偿',
      title: '五组道路拓宽征地补偿',
      date: '2026-09-10',
      rows: [{ label: '王建华', group: '五组', amountFen: 1_234_500 }],
    }
    const saved = await h.call('clerk', 'specials.save', special)
    expect(saved.rows[0]?.label).toBe('王*华')
    const err = await h.refused(
      'clerk',
      'specials.save',
      { ...special, projectId: 'no-such' },
      'BAD_INPUT',
    )
    expect(err.fields?.projectId).toBe('关联的项目不存在')
  })

  it('is closed to villagers and to supervisors writing', async () => {
    await h.refused('public', 'budget.drafts', {}, 'UNAUTHENTICATED')
    await h.refused(
      'sup',
      'specials.save',
      {
        kind: '一事一议',
        title: '路灯筹资',
        date: '2026-09-01',
      },
      'FORBIDDEN',
    )
  })
})
