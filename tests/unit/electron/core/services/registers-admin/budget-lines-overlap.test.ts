/**
 * 财务计划 lines of one year and direction do not overlap: each counts the ledger lines of its
 * category (and item) as its 执行数, so the same line entered twice, or a whole-category line
 * beside one of its items, would show the same spending twice in the public 执行 total.
 */
import { beforeEach, expect, it } from 'vitest'
import type { BudgetLine, Input } from '../../../../../../contract'
import { registersAdminHandlers } from '../../../../../../electron/core/services/registers-admin'
import { sectionHandlers } from '../../../../../../electron/core/services/sections'
import { put } from '../fixtures'
import { harness, publishedMonth, type Harness } from '../ledger-admin/harness'

const SAME = '这一年已经有同一科目的计划，请修改那一条，不要重复录入'
const ITEM_BESIDE_WHOLE = '这一类已经列了整类的计划，不能再按明细科目列计划'
const WHOLE_BESIDE_ITEMS = '这一类已经按明细科目列了计划，不能再列整类的计划'

let h: Harness
beforeEach(async () => {
  h = await harness('month', { ...registersAdminHandlers, ...sectionHandlers })
  // October 2026 published: 办公费 200.00 and 300.00 spent, 补助收入 100.00 received.
  await publishedMonth(h)
})

async function publishLine(input: Input<'budget.save'>): Promise<BudgetLine> {
  const d = await h.call('clerk', 'budget.save', input)
  await h.call('clerk', 'budget.submit', { id: d.id })
  return h.call('sup', 'budget.publish', { id: d.id })
}

const spentInLedger = 50_000
const whole: Input<'budget.save'> = {
  year: 2026,
  direction: 'expense',
  category: 'expense',
  plannedFen: 100_000,
}
const office: Input<'budget.save'> = { ...whole, item: '办公费', plannedFen: 60_000 }

/** A line put straight into the store, as an older app (or a second screen) left it. */
const storedAsIs = (line: { id: string }) => put(h.store, 'budget', [line])

it('refuses an item line beside a whole-category line; the public 执行 total is what was spent', async () => {
  await publishLine(whole)
  const err = await h.refused('clerk', 'budget.save', office, 'BAD_INPUT')
  expect(err.fields?.item).toBe(ITEM_BESIDE_WHOLE)
  const plan = await h.call('public', 'finance.budget', { year: 2026 })
  expect(plan.expense.map((l) => [l.item, l.actualFen])).toEqual([['', spentInLedger]])
  expect(plan.expenseTotals.actualFen).toBe(spentInLedger)
})

it('refuses a whole-category line beside item lines of that category', async () => {
  await publishLine(office)
  const err = await h.refused('clerk', 'budget.save', whole, 'BAD_INPUT')
  expect(err.fields?.category).toBe(WHOLE_BESIDE_ITEMS)
})

it('refuses a second plan line for the same year, direction, category and item', async () => {
  await publishLine(office)
  const err = await h.refused('clerk', 'budget.save', office, 'BAD_INPUT')
  expect(err.fields?.item).toBe(SAME)
})

it('refuses a second draft of a line not yet published', async () => {
  await h.call('clerk', 'budget.save', office)
  const err = await h.refused('clerk', 'budget.save', office, 'BAD_INPUT')
  expect(err.fields?.item).toBe(SAME)
})

it('accepts the same item in another year, direction or category, and other items beside it', async () => {
  await publishLine(office)
  await h.call('clerk', 'budget.save', { ...office, year: 2027 })
  await h.call('clerk', 'budget.save', { ...office, item: '管理费用' })
  await h.call('clerk', 'budget.save', {
    ...office,
    direction: 'income',
    category: 'income',
    item: '补助收入',
  })
  await h.call('clerk', 'budget.save', { ...whole, category: 'distribution' })
})

it('a draft saved again and a correction of a line do not overlap themselves', async () => {
  const draft = await h.call('clerk', 'budget.save', office)
  await h.call('clerk', 'budget.save', { ...office, id: draft.id, plannedFen: 70_000 })
  await h.call('clerk', 'budget.submit', { id: draft.id })
  const signed = await h.call('sup', 'budget.publish', { id: draft.id })
  const fix = await h.call('clerk', 'budget.correct', {
    ...office,
    id: signed.id,
    plannedFen: 80_000,
    reason: '追加预算',
  })
  await h.call('clerk', 'budget.save', {
    ...office,
    id: fix.id,
    plannedFen: 90_000,
    reason: '追加预算',
  })
  await h.call('clerk', 'budget.submit', { id: fix.id })
  await h.call('sup', 'budget.publish', { id: fix.id })
  const plan = await h.call('public', 'finance.budget', { year: 2026 })
  expect(plan.expense.map((l) => [l.item, l.plannedFen])).toEqual([['办公费', 90_000]])
  // Once the correction replaced it, a new line may not repeat it either.
  const err = await h.refused('clerk', 'budget.save', office, 'BAD_INPUT')
  expect(err.fields?.item).toBe(SAME)
})

it('refuses to submit or sign a line that overlaps one stored since it was saved', async () => {
  const draft = await h.call('clerk', 'budget.save', office)
  // A whole-category line stored beside it by an older app (or a second screen at the same moment).
  const other = { ...draft, id: 'legacy-whole', item: '' }
  await storedAsIs(other)
  const err = await h.refused('clerk', 'budget.submit', { id: draft.id }, 'BAD_INPUT')
  expect(err.fields?.item).toBe(ITEM_BESIDE_WHOLE)
  const submitted = { ...draft, status: 'submitted' as const }
  await storedAsIs(submitted)
  const atSign = await h.refused('sup', 'budget.publish', { id: draft.id }, 'BAD_INPUT')
  expect(atSign.fields?.item).toBe(ITEM_BESIDE_WHOLE)
})

it('lines that already overlap (stored by an older app) count the spending once in the total', async () => {
  const a = await publishLine(whole)
  const b: BudgetLine = { ...a, id: 'legacy-office', item: '办公费', plannedFen: 60_000 }
  await storedAsIs(b)
  const plan = await h.call('public', 'finance.budget', { year: 2026 })
  expect(plan.expense.map((l) => [l.item, l.actualFen])).toEqual([
    ['', spentInLedger],
    ['办公费', spentInLedger],
  ])
  expect(plan.expenseTotals).toEqual({ plannedFen: 160_000, actualFen: spentInLedger })
})

it('a line that already overlapped (stored by an older app) can still be corrected', async () => {
  const a = await publishLine(whole)
  const b: BudgetLine = { ...a, id: 'legacy-office', item: '办公费', plannedFen: 60_000 }
  await storedAsIs(b)
  const fix = await h.call('clerk', 'budget.correct', {
    ...office,
    id: b.id,
    plannedFen: 0,
    reason: '已列入整类计划，本条作废',
  })
  await h.call('clerk', 'budget.submit', { id: fix.id })
  await h.call('sup', 'budget.publish', { id: fix.id })
  // A new item line beside the whole-category line is still refused.
  const err = await h.refused('clerk', 'budget.save', { ...office, item: '管理费用' }, 'BAD_INPUT')
  expect(err.fields?.item).toBe(ITEM_BESIDE_WHOLE)
})
