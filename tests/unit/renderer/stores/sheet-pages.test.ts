import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LedgerEntryView, VillageBridge } from '../../../../contract'
import { useSheetPages } from '../../../../renderer/src/stores/sheet-pages'

/** A fake core: a sheet of `count` lines per period, sent the way core sends them. */
const TOTAL = 120
const line = (period: string, i: number) => ({ id: `${period}-${i}` }) as LedgerEntryView
const lines = (period: string, from: number, to: number) =>
  Array.from({ length: Math.max(0, Math.min(to, TOTAL) - from) }, (_, k) => line(period, from + k))
const invoke = vi.fn()
let failPages = false

beforeEach(() => {
  failPages = false
  invoke.mockReset()
  type Asked = { period: string; offset: number; limit: number }
  invoke.mockImplementation((m: string, input: Asked) => {
    const period = input.period
    if (m === 'ledger.sheet') {
      return Promise.resolve({
        ok: true,
        data: { key: period, entryCount: TOTAL, incomeFen: 7, entries: lines(period, 0, 50) },
      })
    }
    if (failPages) return Promise.resolve({ ok: false, error: { code: 'IO', message: '读不出' } })
    const { offset, limit } = input
    return Promise.resolve({
      ok: true,
      data: { period, offset, entryCount: TOTAL, entries: lines(period, offset, offset + limit) },
    })
  })
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
})
afterEach(() => vi.unstubAllGlobals())

describe('a sheet fetched a page at a time', () => {
  it('starts with the first page and fetches the next pages in order until the end', async () => {
    const s = useSheetPages()
    await s.open('2026-Q1')
    expect(s.entries.value).toHaveLength(50)
    expect(s.hasMore.value).toBe(true)
    await s.loadMore()
    expect(invoke).toHaveBeenLastCalledWith('ledger.sheetEntries', {
      period: '2026-Q1',
      offset: 50,
      limit: 50,
    })
    await s.loadMore()
    expect(s.entries.value.map((e) => e.id)).toEqual(lines('2026-Q1', 0, TOTAL).map((e) => e.id))
    expect(s.hasMore.value).toBe(false)
    const calls = invoke.mock.calls.length
    await s.loadMore()
    expect(invoke.mock.calls.length).toBe(calls)
  })

  it('never mixes the pages of one period into another', async () => {
    const s = useSheetPages()
    await s.open('2026-Q1')
    const late = s.loadMore()
    await s.open('2026-Q2')
    await late
    expect(s.entries.value.every((e) => e.id.startsWith('2026-Q2'))).toBe(true)
    expect(s.entries.value).toHaveLength(50)
  })

  it('keeps what it has and says so when a page cannot be fetched, and fetches it on retry', async () => {
    const s = useSheetPages()
    await s.open('2026-Q1')
    failPages = true
    await s.loadMore()
    expect(s.moreError.value?.userMessage).toBe('读不出')
    expect(s.entries.value).toHaveLength(50)
    failPages = false
    await s.loadMore()
    expect(s.moreError.value).toBeNull()
    expect(s.entries.value).toHaveLength(100)
  })

  it('after a publish, fetches again as many lines as were shown', async () => {
    const s = useSheetPages()
    await s.open('2026-Q1')
    await s.loadMore()
    await s.reload('2026-Q1')
    expect(s.entries.value.map((e) => e.id)).toEqual(lines('2026-Q1', 0, 100).map((e) => e.id))
  })

  it('a reload arriving while 再看 is on its way keeps the lines it brought, and the button is free', async () => {
    const s = useSheetPages()
    await s.open('2026-Q1')
    const more = s.loadMore()
    const reloading = s.reload('2026-Q1')
    await Promise.all([more, reloading])
    expect(s.entries.value.map((e) => e.id)).toEqual(lines('2026-Q1', 0, 100).map((e) => e.id))
    expect(s.moreLoading.value).toBe(false)
    const again = s.loadMore()
    await s.reload('2026-Q1')
    await again
    expect(s.entries.value).toHaveLength(TOTAL)
  })
})
