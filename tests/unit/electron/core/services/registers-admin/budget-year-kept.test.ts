/**
 * A published 财务计划 line is an archive of that year's plan. A correction may change what the
 * line plans, never which year it belongs to: moved, it would leave the earlier year's 计划与执行
 * page with no line and no 已更正.
 */
import { beforeEach, expect, it } from 'vitest'
import type { BudgetLine, Input } from '../../../../../../contract'
import { harness, SUP, type Harness } from '../records/harness'

const line: Input<'budget.save'> = {
  year: 2025,
  direction: 'expense',
  category: 'expense',
  item: '办公费',
  plannedFen: 1_000_000,
}

let h: Harness
let signed: BudgetLine

beforeEach(async () => {
  h = harness()
  const d = await h.ok('clerk', 'budget.save', line)
  await h.ok('clerk', 'budget.submit', { id: d.id })
  signed = await h.ok('sup', 'budget.publish', { id: d.id })
})

it('refuses a correction that moves a published 2025 plan line into 2027', async () => {
  const err = await h.refused(
    'clerk',
    'budget.correct',
    { ...line, year: 2027, id: signed.id, reason: '调整' },
    'BAD_INPUT',
  )
  expect(err.fields?.year).toBe('更正不能改变计划所属的年度')
  const plan = await h.ok('kiosk', 'finance.budget', { year: 2025 })
  expect(plan.expense.map((l) => [l.id, l.plannedFen])).toEqual([[signed.id, 1_000_000]])
})

it('refuses saving a correction draft into another year', async () => {
  const fix = await h.ok('clerk', 'budget.correct', {
    ...line,
    id: signed.id,
    plannedFen: 1_200_000,
    reason: '追加预算',
  })
  const err = await h.refused(
    'clerk',
    'budget.save',
    { ...line, year: 2027, id: fix.id, plannedFen: 1_200_000, reason: '追加预算' },
    'BAD_INPUT',
  )
  expect(err.fields?.year).toBe('更正不能改变计划所属的年度')
})

it('refuses to submit or sign a correction already stored in another year', async () => {
  const fix = await h.ok('clerk', 'budget.correct', {
    ...line,
    id: signed.id,
    plannedFen: 1_200_000,
    reason: '追加预算',
  })
  // A correction filed before the year was checked: moved by an older version of the app.
  const moved = { ...fix, year: 2027 }
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: 'budget',
    id: fix.id,
    puts: [{ coll: 'budget', id: fix.id, value: moved }],
  })
  const atSubmit = await h.refused('clerk', 'budget.submit', { id: fix.id }, 'BAD_INPUT')
  expect(atSubmit.fields?.year).toBe('更正不能改变计划所属的年度')
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: 'budget',
    id: fix.id,
    puts: [{ coll: 'budget', id: fix.id, value: { ...moved, status: 'submitted' } }],
  })
  const atSign = await h.refused('sup2', 'budget.publish', { id: fix.id }, 'BAD_INPUT')
  expect(atSign.fields?.year).toBe('更正不能改变计划所属的年度')
  const plan = await h.ok('kiosk', 'finance.budget', { year: 2025 })
  expect(plan.expense.map((l) => [l.id, l.correction])).toEqual([[signed.id, undefined]])
})

it('a correction within the year shows 已更正 with the year the earlier line planned for', async () => {
  const fix = await h.ok('clerk', 'budget.correct', {
    ...line,
    id: signed.id,
    plannedFen: 1_200_000,
    reason: '追加预算',
  })
  await h.ok('clerk', 'budget.submit', { id: fix.id })
  await h.ok('sup', 'budget.publish', { id: fix.id })
  const plan = await h.ok('kiosk', 'finance.budget', { year: 2025 })
  expect(plan.expense).toHaveLength(1)
  expect(plan.expense[0]).toMatchObject({
    id: fix.id,
    plannedFen: 1_200_000,
    correction: { reason: '追加预算', earlier: { year: 2025, plannedFen: 1_000_000 } },
  })
})
