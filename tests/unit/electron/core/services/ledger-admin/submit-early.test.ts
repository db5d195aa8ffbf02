/**
 * A month sent to the 监委 before it has ended: once signed, the payments of its last days have
 * nowhere to go (a published sheet takes no new line, a correction only replaces one, and a line
 * must be dated inside its period). So a sheet is submitted only from its last day, and signed
 * only once it has ended: a payment that afternoon still goes into it.
 */
import { beforeEach, expect, it } from 'vitest'
import { enterMonth, harness, type Harness } from './harness'

let h: Harness

beforeEach(async () => {
  h = await harness() // today 2026-11-25
})

it('November is refused on the 25th, saying from when it may go, and nothing changes', async () => {
  await enterMonth(h, 2, '2026-11')
  const err = await h.refused('clerk', 'ledger.submit', { period: '2026-11' }, 'CONFLICT')
  expect(err.message).toBe(
    '2026年11月要到11月30日才结束，请在11月30日或以后再提交；提前公开，以后几天的账目就记不进这一期了',
  )
  expect(h.store.get('sheets', '2026-11')?.status).toBe('draft')
})

it('on the last day of the month it goes to the 监委, who signs it once the month has ended', async () => {
  await enterMonth(h, 2, '2026-11')
  h.setNow('2026-11-30T02:00:00.000Z')
  await h.call('clerk', 'ledger.submit', { period: '2026-11' })
  const err = await h.refused('sup', 'ledger.publish', { period: '2026-11' }, 'CONFLICT')
  expect(err.message).toBe(
    '2026年11月要到11月30日才结束，请在12月1日或以后再签字公开；提前公开，以后几天的账目就记不进这一期了',
  )
  expect(h.store.get('sheets', '2026-11')?.status).toBe('submitted')
  h.setNow('2026-12-01T02:00:00.000Z')
  await h.call('sup', 'ledger.publish', { period: '2026-11' })
})

it('a sheet submitted early by an older version is not signed before the month has ended', async () => {
  await enterMonth(h, 2, '2026-11')
  const sheet = h.store.get('sheets', '2026-11')!
  await h.store.commit({
    actor: null,
    action: 'test.submit',
    entity: 'sheets',
    id: '2026-11',
    puts: [{ coll: 'sheets', id: '2026-11', value: { ...sheet, status: 'submitted' } }],
  })
  const err = await h.refused('sup', 'ledger.publish', { period: '2026-11' }, 'CONFLICT')
  expect(err.message).toMatch(/^2026年11月要到11月30日才结束，请在12月1日或以后再签字公开；/)
})

it('the month ends on the village clock (UTC+8), whatever zone the hall PC was left on', async () => {
  await enterMonth(h, 2, '2026-11')
  // 2026-11-29T16:30Z is already 11月30日 00:30 in the village; 2026-11-30T16:30Z is 12月1日.
  h.setNow('2026-11-29T16:30:00.000Z')
  await h.call('clerk', 'ledger.submit', { period: '2026-11' })
  h.setNow('2026-11-30T16:30:00.000Z')
  await h.call('sup', 'ledger.publish', { period: '2026-11' })
  expect(h.store.get('sheets', '2026-11')?.status).toBe('published')
})
