import { beforeEach, describe, expect, it } from 'vitest'
import { enterMonth, harness, publishedMonth, type Harness } from './harness'

let h: Harness

beforeEach(async () => {
  h = await harness()
})

describe('ledger.drafts', () => {
  it('shows an unopened period as empty, with the village period mode', async () => {
    const v = await h.call('clerk', 'ledger.drafts', { period: '2026-11' })
    expect(v).toMatchObject({
      sheet: null,
      entries: [],
      count: 0,
      periodMode: 'month',
      label: '2026年11月',
    })
  })

  it('shows drafts with their totals, large expenses marked, to every cadre role only', async () => {
    await enterMonth(h, 3)
    await h.call('clerk', 'ledger.saveEntry', {
      period: '2026-10',
      date: '2026-10-20',
      voucherNo: '记-2026-10-009',
      summary: '道路修补',
      category: 'expense',
      item: '公益事业支出',
      direction: 'expense',
      amountFen: 6_000_000,
    })
    for (const who of ['clerk', 'sup', 'admin'] as const) {
      const v = await h.call(who, 'ledger.drafts', { period: '2026-10' })
      expect(v.count).toBe(4)
      expect(v.incomeFen).toBe(10_000)
      expect(v.expenseFen).toBe(6_050_000)
      expect(v.entries.filter((e) => e.large).map((e) => e.voucherNo)).toEqual(['记-2026-10-009'])
      expect(v.entries.every((e) => e.state === 'draft')).toBe(true)
    }
    await h.refused('public', 'ledger.drafts', { period: '2026-10' }, 'UNAUTHENTICATED')
  })

  it('marks replaced lines and waiting corrections, counting only current lines', async () => {
    const ids = await publishedMonth(h, 2)
    const e = h.store.get('ledger', ids[1]!)!
    const c = await h.call('clerk', 'ledger.correct', { ...e, amountFen: 5, reason: '录错' })
    let v = await h.call('sup', 'ledger.drafts', { period: '2026-10' })
    expect(v.entries.map((x) => [x.id, x.state])).toEqual([
      [ids[0], 'published'],
      [ids[1], 'published'],
      [c.id, 'correction-pending'],
    ])
    expect(v.entries[1]!.pendingCorrectionId).toBe(c.id)
    expect(v.expenseFen).toBe(20_000)
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
    v = await h.call('sup', 'ledger.drafts', { period: '2026-10' })
    expect(v.entries.map((x) => x.state)).toEqual(['published', 'superseded', 'published'])
    expect(v.expenseFen).toBe(5)
  })
})

describe('ledger.pending and ledger.sheets', () => {
  it('lists what waits for the 监委 and what went back to the clerk', async () => {
    await enterMonth(h, 2, '2026-10')
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await enterMonth(h, 1, '2026-11')
    h.setNow('2026-11-30T02:00:00.000Z') // a month goes to the 监委 from its last day
    await h.call('clerk', 'ledger.submit', { period: '2026-11' })
    await h.call('sup', 'ledger.return', { period: '2026-11', comment: '缺少发票' })
    const p = await h.call('sup', 'ledger.pending', {})
    expect(p.submitted.map((s) => [s.key, s.entryCount, s.submittedBy])).toEqual([
      ['2026-10', 2, '吴春燕'],
    ])
    expect(p.returned.map((s) => [s.key, s.returnComment])).toEqual([['2026-11', '缺少发票']])
    const all = await h.call('clerk', 'ledger.sheets', {})
    expect(all.sheets.map((s) => [s.key, s.status])).toEqual([
      ['2026-11', 'returned'],
      ['2026-10', 'submitted'],
    ])
  })

  it('offers the recent periods that have no sheet and overlap none, by the village setting', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const months = await h.call('clerk', 'ledger.sheets', {})
    expect(months.today).toBe('2026-11-25')
    expect(months.openable).toHaveLength(11)
    expect(months.openable.slice(0, 3)).toEqual([
      { key: '2026-11', label: '2026年11月' },
      { key: '2026-09', label: '2026年9月' },
      { key: '2026-08', label: '2026年8月' },
    ])
    expect(months.openable.at(-1)?.key).toBe('2025-12')
    await h.store.commit({
      actor: null,
      action: 'test.settings',
      entity: 'settings',
      id: 'settings',
      puts: [{ coll: 'settings', id: 'settings', value: { periodMode: 'quarter' } }],
    })
    const quarters = await h.call('clerk', 'ledger.sheets', {})
    expect(quarters.openable.map((p) => p.key)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1'])
  })

  it('offers only signed projects, each in its current version, as a link for a line', async () => {
    const project = (id: string, name: string, over: object = {}) => ({
      coll: 'projects' as const,
      id,
      value: { id, name, status: 'published', ...over },
    })
    await h.store.commit({
      actor: null,
      action: 'test.put',
      entity: 'projects',
      id: 'p1',
      puts: [
        project('p1', '三组道路硬化', { status: 'draft' }),
        project('p2', '村东桥梁', { supersededBy: 'p3' }),
        project('p3', '村东桥梁维修'),
        project('p4', '河道清淤', { status: 'submitted' }),
      ],
    })
    expect(await h.call('clerk', 'ledger.projectChoices', {})).toEqual([
      { id: 'p3', name: '村东桥梁维修', status: 'published' },
    ])
  })
})
