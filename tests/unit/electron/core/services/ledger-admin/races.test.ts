/**
 * Two screens at once (the kiosk and an office PC): each change is checked again in its commit's
 * turn, so a line never slips into a sheet submitted or signed a moment before, and a sheet is
 * signed or sent back once, not twice over each other.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { enterMonth, harness, line, publishedMonth, type Harness } from './harness'

let h: Harness
beforeEach(async () => {
  h = await harness()
})

const PERIOD = '2026-10'
const newLine = () =>
  line({ period: PERIOD, date: '2026-10-20', voucherNo: '记-2026-10-099', amountFen: 99_900 })

describe('changes to one sheet at once', () => {
  it('a line saved just as the sheet is submitted is refused; the sheet holds what was submitted', async () => {
    await enterMonth(h, 2)
    const [submit, save] = await Promise.all([
      h.invoke('clerk', 'ledger.submit', { period: PERIOD }),
      h.invoke('clerk2', 'ledger.saveEntry', newLine()),
    ])
    expect(submit.ok).toBe(true)
    expect(save.ok).toBe(false)
    expect(h.store.all('ledger').filter((e) => e.period === PERIOD)).toHaveLength(2)
  })

  it('a line removed just as the sheet is submitted stays', async () => {
    const [first] = await enterMonth(h, 2)
    const [submit, remove] = await Promise.all([
      h.invoke('clerk', 'ledger.submit', { period: PERIOD }),
      h.invoke('clerk2', 'ledger.removeEntry', { id: first! }),
    ])
    expect(submit.ok).toBe(true)
    expect(remove.ok).toBe(false)
    expect(h.store.get('ledger', first!)).toBeDefined()
  })

  it('two 监委 members signing at once: one signature, one plain refusal', async () => {
    await enterMonth(h, 2)
    await h.call('clerk', 'ledger.submit', { period: PERIOD })
    const before = h.store.head().seq
    const both = await Promise.all([
      h.invoke('sup', 'ledger.publish', { period: PERIOD }),
      h.invoke('sup2', 'ledger.publish', { period: PERIOD }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    const refused = both[1]!
    if (!refused.ok) expect(refused.error.message).toBe('这一期刚刚被别人改动过，请刷新后再看一遍')
    expect(h.store.head().seq).toBe(before + 1)
    expect(h.store.get('sheets', PERIOD)?.publishedBy?.name).toBe('季宏伟')
  })

  it('a return and a signature at once: the first one stands', async () => {
    const ids = await enterMonth(h, 2)
    await h.call('clerk', 'ledger.submit', { period: PERIOD })
    const [ret, pub] = await Promise.all([
      h.invoke('sup', 'ledger.return', {
        period: PERIOD,
        comment: '第二行金额不对',
        entryIds: [ids[1]!],
      }),
      h.invoke('sup2', 'ledger.publish', { period: PERIOD }),
    ])
    expect([ret.ok, pub.ok]).toEqual([true, false])
    expect(h.store.get('sheets', PERIOD)?.status).toBe('returned')
    expect(h.store.all('ledger').some((e) => e.publishedAt)).toBe(false)
  })
})

describe('corrections of one published line at once', () => {
  /** A correction of a published line to a new amount, with its reason. */
  const fix = (id: string, amountFen: number): Input<'ledger.correct'> => {
    const e = h.store.get('ledger', id)!
    return { ...e, amountFen, reason: '发票金额录错' }
  }

  it('two clerks filing one: one correction waits for the 监委, not two', async () => {
    const ids = await publishedMonth(h, 2)
    h.setNow('2026-11-26T02:00:00.000Z')
    const both = await Promise.all([
      h.invoke('clerk', 'ledger.correct', fix(ids[1]!, 11_000)),
      h.invoke('clerk2', 'ledger.correct', fix(ids[1]!, 12_000)),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.all('ledger').filter((e) => e.supersedes === ids[1])).toHaveLength(1)
  })

  it('two 监委 members signing one correction: signed once', async () => {
    const ids = await publishedMonth(h, 2)
    h.setNow('2026-11-26T02:00:00.000Z')
    const c = await h.call('clerk', 'ledger.correct', fix(ids[1]!, 11_000))
    const before = h.store.head().seq
    const both = await Promise.all([
      h.invoke('sup', 'ledger.publishCorrection', { id: c.id }),
      h.invoke('sup2', 'ledger.publishCorrection', { id: c.id }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.head().seq).toBe(before + 1)
    expect(h.store.get('ledger', c.id)?.publishedBy?.name).toBe('季宏伟')
  })

  it('a return and a signature of one correction at once: the first stands', async () => {
    const ids = await publishedMonth(h, 2)
    h.setNow('2026-11-26T02:00:00.000Z')
    const c = await h.call('clerk', 'ledger.correct', fix(ids[1]!, 11_000))
    const both = await Promise.all([
      h.invoke('sup', 'ledger.returnCorrection', { id: c.id, comment: '金额还是不对' }),
      h.invoke('sup2', 'ledger.publishCorrection', { id: c.id }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.get('ledger', c.id)).toMatchObject({ returnComment: '金额还是不对' })
    expect(h.store.get('ledger', c.id)?.publishedAt).toBeUndefined()
    expect(h.store.get('ledger', ids[1]!)?.supersededBy).toBeUndefined()
  })

  it('a signature then a return of one correction at once: the signature stands whole', async () => {
    const ids = await publishedMonth(h, 2)
    h.setNow('2026-11-26T02:00:00.000Z')
    const c = await h.call('clerk', 'ledger.correct', fix(ids[1]!, 11_000))
    const both = await Promise.all([
      h.invoke('sup2', 'ledger.publishCorrection', { id: c.id }),
      h.invoke('sup', 'ledger.returnCorrection', { id: c.id, comment: '金额还是不对' }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, false])
    expect(h.store.get('ledger', c.id)?.publishedBy?.name).toBe('周玉兰')
    expect(h.store.get('ledger', c.id)?.returnComment).toBeUndefined()
    expect(h.store.get('ledger', ids[1]!)?.supersededBy).toBe(c.id)
  })
})
