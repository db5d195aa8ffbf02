/**
 * The same payment entered twice (the form numbers each line itself, so the second copy gets a
 * voucher number of its own), signed and published: the public sheet shows the expense twice.
 * Nothing may be deleted once public, so the cure is a correction to 0元 with its reason, signed
 * by the 监委: the line stays on record, 已更正, and the totals count it no more.
 */
import { beforeEach, expect, it } from 'vitest'
import { t } from '../../../../../../renderer/src/i18n'
import { entryText } from '../../../../../../renderer/src/views/public/finance-more/entry-text'
import { harness, publishedMonth, type Harness } from './harness'

const P = { period: '2026-10' }
let h: Harness
let ids: string[]

beforeEach(async () => {
  h = await harness()
  ids = await publishedMonth(h, 3) // income 100元, expenses 200元 and 300元
  h.setNow('2026-11-26T02:00:00.000Z')
})

it('a line published by mistake is corrected to 0元: still listed, 已更正, out of the totals', async () => {
  const dup = h.store.get('ledger', ids[2]!)!
  const c = await h.call('clerk', 'ledger.correct', {
    ...dup,
    amountFen: 0,
    reason: '与记-2026-10-002是同一笔，重复录入',
  })
  expect((await h.call('public', 'ledger.sheet', P)).expenseFen).toBe(50_000)
  await h.call('sup', 'ledger.publishCorrection', { id: c.id })

  const sheet = await h.call('public', 'ledger.sheet', P)
  expect(sheet.expenseFen).toBe(20_000)
  const row = sheet.entries.find((e) => e.id === c.id)!
  expect(row.amountFen).toBe(0)
  expect(row.correction).toMatchObject({
    reason: '与记-2026-10-002是同一笔，重复录入',
    previous: { id: dup.id, amountFen: 30_000 },
  })
  const periods = await h.call('public', 'ledger.periods', {})
  expect(periods.find((p) => p.key === '2026-10')?.expenseFen).toBe(20_000)
})

it('a new line of 0元 is still refused: only a correction may set a line to nothing', async () => {
  await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
  const e = h.store.get('ledger', ids[1]!)!
  const { id: _id, ...rest } = e
  const err = await h.refused(
    'clerk',
    'ledger.saveEntry',
    { ...rest, period: '2026-11', date: '2026-11-03', amountFen: 0 },
    'BAD_INPUT',
  )
  expect(err.fields?.amountFen).toBe('金额必须大于零')
})

it('a voided line corrected again (its summary fixed, still 0元) still says what it was, never 原¥0.00', async () => {
  const dup = h.store.get('ledger', ids[2]!)!
  const c = await h.call('clerk', 'ledger.correct', { ...dup, amountFen: 0, reason: '重复录入' })
  await h.call('sup', 'ledger.publishCorrection', { id: c.id })
  const voided = h.store.get('ledger', c.id)!
  const again = await h.call('clerk', 'ledger.correct', {
    ...voided,
    summary: '重复录入的材料款（作废）',
    reason: '摘要写明作废',
  })
  await h.call('sup', 'ledger.publishCorrection', { id: again.id })

  const row = (await h.call('public', 'ledger.sheet', P)).entries.find((e) => e.id === again.id)!
  expect(row.correction?.previous.amountFen).toBe(0)
  const text = entryText(row, '联盟村', t)
  expect(text).toContain('作废（原为¥300.00，不计入收支）')
  expect(text).not.toContain('原为¥0.00')
})
