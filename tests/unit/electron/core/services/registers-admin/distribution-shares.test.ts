/**
 * A 收益分配方案 shows 每人 and 每户 amounts: what villagers compare with what they received. Paid
 * to that many people and households, they cannot add up to more than the plan shares out.
 */
import { expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { harness } from '../records/harness'

const SHARES_OVER = '每人金额乘人数、每户金额乘户数，加起来超过了各项分配合计'

const plan: Input<'distributions.save'> = {
  year: 2025,
  title: '2025年度收益分配方案',
  distributableFen: 1_000_000, // 1万元
  items: [{ name: '村民分红', amountFen: 800_000 }], // 8000元 to share out
  persons: 1_000,
  perPersonFen: 800, // 8元 each × 1000 = 8000元: consistent
}

it('accepts a plan whose per-person share adds up to its 村民分红', async () => {
  const h = harness()
  await h.ok('clerk', 'distributions.save', plan)
})

it('refuses 每人2000元 for 1000 people (200万元) when only 8000元 is shared out', async () => {
  const h = harness()
  const err = await h.refused(
    'clerk',
    'distributions.save',
    { ...plan, perPersonFen: 200_000 },
    'BAD_INPUT',
  )
  expect(err.fields?.perPersonFen).toBe(SHARES_OVER)
})

it('adds per-person and per-household shares together', async () => {
  const h = harness()
  const both = { ...plan, perPersonFen: 500, households: 300, perHouseholdFen: 1_000 }
  await h.ok('clerk', 'distributions.save', both) // 5000元 + 3000元 = 8000元
  const err = await h.refused(
    'clerk',
    'distributions.save',
    { ...both, perHouseholdFen: 1_001 },
    'BAD_INPUT',
  )
  expect(err.fields?.perPersonFen).toBe(SHARES_OVER)
  const onlyHouseholds = { ...plan, persons: 0, perPersonFen: 0, households: 300 }
  const err2 = await h.refused(
    'clerk',
    'distributions.save',
    { ...onlyHouseholds, perHouseholdFen: 3_000 },
    'BAD_INPUT',
  )
  expect(err2.fields?.perHouseholdFen).toBe(SHARES_OVER)
})

it('refuses a per-head amount with nobody to pay it to', async () => {
  const h = harness()
  const err = await h.refused(
    'clerk',
    'distributions.save',
    { ...plan, persons: 0, households: 0, perHouseholdFen: 100 },
    'BAD_INPUT',
  )
  expect(err.fields).toMatchObject({
    persons: '填了每人金额，请填写人数',
    households: '填了每户金额，请填写户数',
  })
})

it('handles the largest figures: a million people and households at the largest amount', async () => {
  const h = harness()
  const top = 1_000_000_000_000 // the largest amount a field takes (100亿元)
  const big = {
    ...plan,
    distributableFen: top,
    items: [{ name: '村民分红', amountFen: top }],
    persons: 1_000_000,
    households: 1_000_000,
    perPersonFen: top,
    perHouseholdFen: top,
  }
  await h.refused('clerk', 'distributions.save', big, 'BAD_INPUT')
  await h.ok('clerk', 'distributions.save', {
    ...big,
    persons: 1,
    households: 0,
    perHouseholdFen: 0,
  })
})

it('a correction cannot raise the per-person share past what is shared out', async () => {
  const h = harness()
  const d = await h.ok('clerk', 'distributions.save', plan)
  await h.ok('clerk', 'distributions.submit', { id: d.id })
  await h.ok('sup', 'distributions.publish', { id: d.id })
  await h.refused(
    'clerk',
    'distributions.correct',
    { ...plan, id: d.id, perPersonFen: 801, reason: '每人金额抄错' },
    'BAD_INPUT',
  )
  const [shown] = await h.ok('kiosk', 'finance.distributions', {})
  expect(shown!.persons * shown!.perPersonFen).toBeLessThanOrEqual(shown!.distributedFen)
})
