/**
 * A register's amounts are summed on the public screens, and past 2^53 fen a sum is no longer
 * exact (nor can it be shown): a record that would take its register past 10万亿元 is refused as
 * a mistyped amount, with nothing saved. Far below that, everything is taken as typed.
 */
import { beforeEach, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { REGISTER_TOTAL_MAX_FEN } from '../../../../../../electron/core/services/registers-admin/totals'
import { put } from '../fixtures'
import { harness, type Harness } from '../records/harness'

let h: Harness
beforeEach(() => {
  h = harness()
})

const MAX_AMOUNT = 1_000_000_000_000 // 100亿元, the most one amount may be
const loan: Input<'debts.save'> = {
  counterparty: '东台农商行',
  kind: '借入',
  amountFen: MAX_AMOUNT,
  date: '2026-03-01',
  settlement: '未结清',
  cause: '修路借款',
}

/** Registers already holding `n` records of the largest amount (as many saves would leave). */
async function full(coll: 'debts' | 'assets', field: string, n: number): Promise<void> {
  const records = Array.from({ length: n }, (_, i) => ({ id: `big-${i}`, [field]: MAX_AMOUNT }))
  await put(h.store, coll, records)
}

it('refuses the debt that would take the register past 10万亿元; the one before it is taken', async () => {
  const n = REGISTER_TOTAL_MAX_FEN / MAX_AMOUNT - 1
  await full('debts', 'amountFen', n)
  const d = await h.ok('clerk', 'debts.save', loan)
  expect(d.amountFen).toBe(MAX_AMOUNT)
  const err = await h.refused('clerk', 'debts.save', loan, 'BAD_INPUT')
  expect(err.fields?.amountFen).toBe(
    '这一类登记的金额合计超过了10万亿元，不像是村里的数目，请核对金额',
  )
  // Saving the same draft again counts it once.
  expect((await h.ok('clerk', 'debts.save', { ...loan, id: d.id })).id).toBe(d.id)
})

it('holds for the 资产 register too', async () => {
  await full('assets', 'valueFen', REGISTER_TOTAL_MAX_FEN / MAX_AMOUNT)
  await h.refused(
    'clerk',
    'assets.save',
    { name: '村部办公楼', type: '资产', valueFen: 100 },
    'BAD_INPUT',
  )
})
