/**
 * A published register record is an archive: a correction may change its figures, never what
 * kind of record it is, which register it sits in or which year it belongs to. Otherwise a loan
 * "corrected" into an 应收 drops out of the public 借入 total, and a 征地补偿 list "corrected"
 * into 一事一议 shows recipients' full names.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { changedKept, keptOnCorrection } from '../../../../../../contract'
import type { Input, Special } from '../../../../../../contract'
import { harness, SUP, type Harness } from '../records/harness'
import { REGISTER_SAMPLES } from './samples'

const KIND_KEPT = '更正不能改变这条记录的类别'

let h: Harness
beforeEach(() => {
  h = harness()
})

async function publish(prefix: string, input: unknown): Promise<string> {
  const d = await h.okLoose('clerk', `${prefix}.save`, input)
  await h.okLoose('clerk', `${prefix}.submit`, { id: d.id })
  await h.okLoose('sup', `${prefix}.publish`, { id: d.id })
  return String(d.id)
}

const plan: Input<'distributions.save'> = {
  year: 2025,
  title: '2025年度收益分配方案',
  distributableFen: 1_000_000,
  items: [{ name: '村民分红', amountFen: 800_000 }],
}

const loan: Input<'debts.save'> = {
  counterparty: '东台农商行',
  kind: '借入',
  amountFen: 50_000_000,
  date: '2026-03-01',
  settlement: '未结清',
  cause: '修路借款',
}

const land: Input<'specials.save'> = {
  kind: '征地补偿',
  title: '二组征地补偿',
  date: '2026-09-01',
  rows: [{ label: '张三明', amountFen: 3_000_000 }],
}

it('收益分配: a 2025 plan cannot be corrected into 2024, and the kiosk still shows it under 2025', async () => {
  const id = await publish('distributions', plan)
  const err = await h.refused(
    'clerk',
    'distributions.correct',
    { ...plan, year: 2024, id, reason: '调整' },
    'BAD_INPUT',
  )
  expect(err.fields?.year).toBe('更正不能改变计划所属的年度')
  const shown = await h.ok('kiosk', 'finance.distributions', {})
  expect(shown.map((d) => d.year)).toEqual([2025])
})

it('债权债务: a 借入 cannot be corrected into an 应收, and the public 借入 total keeps the loan', async () => {
  const id = await publish('debts', loan)
  const err = await h.refused(
    'clerk',
    'debts.correct',
    { ...loan, kind: '应收', id, reason: '更正' },
    'BAD_INPUT',
  )
  expect(err.fields?.kind).toBe(KIND_KEPT)
  const { totals } = await h.ok('kiosk', 'finance.debts', {})
  expect(totals.map((t) => [t.kind, t.openFen])).toEqual([
    ['应收', 0],
    ['应付', 0],
    ['借入', 50_000_000],
  ])
})

it('资产资源合同: a 资产 cannot be corrected into the 资源 register', async () => {
  const hall: Input<'assets.save'> = { name: '村部办公楼', type: '资产', valueFen: 300_000_000 }
  const id = await publish('assets', hall)
  const err = await h.refused(
    'clerk',
    'assets.correct',
    { ...hall, type: '资源', id, reason: '更正' },
    'BAD_INPUT',
  )
  expect(err.fields?.type).toBe(KIND_KEPT)
})

it('专项公开: a 征地补偿 list cannot be corrected into 一事一议, and names stay masked', async () => {
  const id = await publish('specials', land)
  const err = await h.refused(
    'clerk',
    'specials.correct',
    { ...land, kind: '一事一议', id, reason: '归类' },
    'BAD_INPUT',
  )
  expect(err.fields?.kind).toBe(KIND_KEPT)
  const shown = await h.ok('kiosk', 'finance.special', { id })
  expect(shown.rows.map((r) => r.label)).toEqual(['张*明'])
})

it('财务计划: a planned expense cannot be corrected into planned income', async () => {
  const line: Input<'budget.save'> = {
    year: 2026,
    direction: 'expense',
    category: 'expense',
    plannedFen: 1_000_000,
  }
  const id = await publish('budget', line)
  const err = await h.refused(
    'clerk',
    'budget.correct',
    { ...line, direction: 'income', category: 'income', id, reason: '更正' },
    'BAD_INPUT',
  )
  expect(err.fields).toMatchObject({ direction: KIND_KEPT, category: KIND_KEPT })
})

it('a correction within its kind still goes through (figures may change)', async () => {
  const id = await publish('debts', loan)
  const fix = await h.ok('clerk', 'debts.correct', {
    ...loan,
    amountFen: 40_000_000,
    id,
    reason: '金额录错',
  })
  await h.ok('clerk', 'debts.submit', { id: fix.id })
  await h.ok('sup', 'debts.publish', { id: fix.id })
  const { totals } = await h.ok('kiosk', 'finance.debts', {})
  expect(totals.find((t) => t.kind === '借入')?.openFen).toBe(40_000_000)
})

it('refuses to submit a correction an older app stored with another kind', async () => {
  const id = await publish('debts', loan)
  const fix = await h.ok('clerk', 'debts.correct', { ...loan, id, reason: '补充事由' })
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: 'debts',
    id: fix.id,
    puts: [{ coll: 'debts', id: fix.id, value: { ...fix, kind: '应收' } }],
  })
  const err = await h.refused('clerk', 'debts.submit', { id: fix.id }, 'BAD_INPUT')
  expect(err.fields?.kind).toBe(KIND_KEPT)
})

it('a 征地补偿 list already turned into 一事一议 by an older app still shows names masked', async () => {
  const id = await publish('specials', land)
  const original = h.store.get('specials', id)!
  // Stored (and signed) before corrections kept the kind, with the recipient typed in full.
  const moved: Special = {
    ...original,
    id: 'legacy-fix',
    kind: '一事一议',
    rows: [{ label: '张三明', group: '二组', note: '', amountFen: 3_000_000 }],
    version: 2,
    supersedes: id,
    correctionReason: '归类',
  }
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: 'specials',
    id: moved.id,
    puts: [
      { coll: 'specials', id: moved.id, value: moved },
      { coll: 'specials', id, value: { ...original, supersededBy: moved.id } },
    ],
  })
  const shown = await h.ok('kiosk', 'finance.special', { id: moved.id })
  expect(shown.rows.map((r) => r.label)).toEqual(['张*明'])
})

/**
 * Core refuses exactly what the contract's table names (the table the correction forms show
 * read-only): one list, no copy in core that could drift from what the screen locks.
 */
describe.each(REGISTER_SAMPLES)('$prefix: core keeps the contract’s fields', (s) => {
  const kind = s.prefix
  const moved: Record<string, unknown> = {
    year: (s.input.year as number) - 1,
    direction: 'income',
    category: 'income',
    type: '合同',
    kind: s.input.kind === '应收' ? '应付' : '征地补偿',
  }
  for (const field of Object.keys(keptOnCorrection(kind, s.input))) {
    it(`a correction that changes ${field} is refused with the contract’s words`, async () => {
      const id = await publish(kind, s.input)
      const change = { [field]: moved[field] }
      // 财务计划: income lines go with income categories, so the two move together.
      if (field === 'direction' || field === 'category')
        Object.assign(change, { direction: 'income', category: 'income' })
      const err = await h.refused(
        'clerk',
        `${kind}.correct`,
        { ...s.input, ...change, id, reason: '更正' },
        'BAD_INPUT',
      )
      expect(err.fields).toMatchObject(changedKept(kind, { ...s.input, ...change }, s.input))
      expect(err.fields?.[field]).toBe(keptOnCorrection(kind, s.input)[field])
    })
  }
})

it('notices: a 公示 corrected into a 通知 is refused with the contract’s words', async () => {
  const gongshi: Input<'notices.save'> = {
    kind: 'gongshi',
    title: '低保公示',
    body: '名单如下',
    validFrom: '2026-11-25',
    validTo: '2026-12-05',
    objection: '向村监委会反映',
    rows: [{ maskedName: '张*明', amountFen: 10_000 }],
  }
  const id = await publish('notices', gongshi)
  const fix = await h.ok('clerk', 'notices.correct', {
    ...gongshi,
    kind: 'notice',
    rows: [],
    id,
    reason: '更正',
  })
  const err = await h.refused('clerk', 'notices.submit', { id: fix.id }, 'BAD_INPUT')
  expect(err.message).toBe(keptOnCorrection('notices', gongshi).kind)
  expect(err.fields).toEqual(changedKept('notices', fix, gongshi))
})
