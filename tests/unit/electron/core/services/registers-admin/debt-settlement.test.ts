/**
 * 结清情况 and 已结清金额 say the same thing: the public open total is amount − settled, so a loan
 * cannot be marked 已结清 with nothing paid back and drop out of what villagers see is owed, by
 * a new entry or by a correction.
 */
import { beforeEach, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { harness, SUP, type Harness } from '../records/harness'

let h: Harness
beforeEach(() => {
  h = harness()
})

const loan: Input<'debts.save'> = {
  counterparty: '东台农商行',
  kind: '借入',
  amountFen: 50_000_000,
  date: '2026-03-01',
  settlement: '未结清',
  cause: '修路借款',
}

it('refuses a new debt marked 已结清 with nothing settled', async () => {
  const err = await h.refused(
    'clerk',
    'debts.save',
    { ...loan, settlement: '已结清', settledFen: 0 },
    'BAD_INPUT',
  )
  expect(err.fields?.settledFen).toBe('已结清的，已结清金额应等于总金额')
})

it('refuses a correction that marks a published loan 已结清 with nothing paid back', async () => {
  const d = await h.ok('clerk', 'debts.save', loan)
  await h.ok('clerk', 'debts.submit', { id: d.id })
  await h.ok('sup', 'debts.publish', { id: d.id })
  await h.refused(
    'clerk',
    'debts.correct',
    { ...loan, id: d.id, settlement: '已结清', settledFen: 0, reason: '已还清' },
    'BAD_INPUT',
  )
  const view = await h.ok('kiosk', 'finance.debts', {})
  expect(view.totals.find((t) => t.kind === '借入')?.openFen).toBe(50_000_000)
})

it('refuses 未结清 with money settled and 部分结清 with nothing or everything settled', async () => {
  const cases = [
    ['未结清', 50_000_000, 'settlement', '已结清金额等于总金额，结清情况应选“已结清”'],
    ['未结清', 10_000_000, 'settlement', '已经结清了一部分，结清情况应选“部分结清”'],
    ['部分结清', 0, 'settledFen', '部分结清的，请填写已经结清了多少'],
    ['部分结清', 50_000_000, 'settlement', '已结清金额等于总金额，结清情况应选“已结清”'],
  ] as const
  for (const [settlement, settledFen, field, message] of cases) {
    const err = await h.refused(
      'clerk',
      'debts.save',
      { ...loan, settlement, settledFen },
      'BAD_INPUT',
    )
    expect(err.fields?.[field]).toBe(message)
  }
})

it('accepts each 结清情况 with the amount it means, and the open total is amount − settled', async () => {
  for (const [settlement, settledFen] of [
    ['未结清', 0],
    ['部分结清', 20_000_000],
    ['已结清', 50_000_000],
  ] as const) {
    const d = await h.ok('clerk', 'debts.save', { ...loan, settlement, settledFen })
    await h.ok('clerk', 'debts.submit', { id: d.id })
    await h.ok('sup', 'debts.publish', { id: d.id })
  }
  const view = await h.ok('kiosk', 'finance.debts', {})
  expect(view.items.map((v) => [v.status, v.openFen]).sort()).toEqual(
    [
      ['已结清', 0],
      ['未结清', 50_000_000],
      ['部分结清', 30_000_000],
    ].sort(),
  )
  expect(view.totals.find((t) => t.kind === '借入')).toMatchObject({
    openFen: 80_000_000,
    openCount: 2,
  })
})

it('a loan an older app stored 已结清 with nothing paid back still counts as open', async () => {
  const d = await h.ok('clerk', 'debts.save', loan)
  await h.store.commit({
    actor: SUP,
    action: 'test.put',
    entity: 'debts',
    id: d.id,
    puts: [{ coll: 'debts', id: d.id, value: { ...d, status: 'published', settlement: '已结清' } }],
  })
  const view = await h.ok('kiosk', 'finance.debts', {})
  expect(view.items.map((v) => [v.status, v.settledFen, v.openFen])).toEqual([
    ['已结清', 0, 50_000_000],
  ])
  expect(view.totals.find((t) => t.kind === '借入')?.openFen).toBe(50_000_000)
})
