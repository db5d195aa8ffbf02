import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { useFinanceStore } from '../../../../renderer/src/stores/finance'
import { useHomeStore } from '../../../../renderer/src/stores/home'

/** Each call as it went out, and when its answer may come (the test releases them). */
let pending: Array<{ method: string; input: { period?: string }; answer: () => void }>
let newest: string
const periodsList = () => [
  { key: newest, kind: 'month', entryCount: 3, publishedAt: '2026-12-01T00:00:00.000Z' },
  { key: '2026-10', kind: 'month', entryCount: 2, publishedAt: '2026-11-01T00:00:00.000Z' },
]
const sheetOf = (period: string) => ({ key: period, entryCount: 0, entries: [], totals: [] })

beforeEach(() => {
  setActivePinia(createPinia())
  pending = []
  newest = '2026-11'
  const invoke = vi.fn((method: string, input: { period?: string }) => {
    const data =
      method === 'home.summary'
        ? { latest: { key: '2026-11' }, today: '2026-12-04' }
        : method === 'ledger.periods'
          ? periodsList()
          : method === 'ledger.sheet'
            ? sheetOf(input.period!)
            : null
    if (method === 'home.summary') return Promise.resolve({ ok: true, data })
    return new Promise((resolve) =>
      pending.push({ method, input, answer: () => resolve({ ok: true, data }) }),
    )
  })
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
})
afterEach(() => vi.unstubAllGlobals())

/** The questions waiting for an answer, in any order. */
const sent = () =>
  pending.map((p) => `${p.method}${p.input.period ? ` ${p.input.period}` : ''}`).sort()
/** Answers the questions asked so far (not those their answers lead to). */
const answerAll = async () => {
  for (const p of pending.splice(0)) p.answer()
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r))
}

describe('财务公开 opens with one round of questions, not two', () => {
  it('asks the newest sheet the home screen showed together with the list of periods', async () => {
    const home = useHomeStore()
    await home.refresh()
    const finance = useFinanceStore()
    const opening = finance.openPeriod(null)
    expect(sent()).toEqual(['ledger.periods', 'ledger.sheet 2026-11'])
    await answerAll()
    await opening
    expect(finance.currentKey).toBe('2026-11')
    expect(finance.sheet?.key).toBe('2026-11')
    expect(sent()).toEqual([])
  })

  it('a period tapped (or linked) is asked together with the list too', async () => {
    const finance = useFinanceStore()
    const opening = finance.openPeriod('2026-10')
    expect(sent()).toEqual(['ledger.periods', 'ledger.sheet 2026-10'])
    await answerAll()
    await opening
    expect(finance.sheet?.key).toBe('2026-10')
  })

  it('when a newer sheet was published since the home screen, that one is shown', async () => {
    const home = useHomeStore()
    await home.refresh()
    newest = '2026-12'
    const finance = useFinanceStore()
    const opening = finance.openPeriod(null)
    await answerAll()
    expect(sent()).toEqual(['ledger.sheet 2026-12'])
    await answerAll()
    await opening
    expect(finance.currentKey).toBe('2026-12')
    expect(finance.sheet?.key).toBe('2026-12')
  })

  it('without a home screen first (a link straight to 财务公开) it asks the list, then the newest', async () => {
    const finance = useFinanceStore()
    const opening = finance.openPeriod(null)
    expect(sent()).toEqual(['ledger.periods'])
    await answerAll()
    expect(sent()).toEqual(['ledger.sheet 2026-11'])
    await answerAll()
    await opening
    expect(finance.sheet?.key).toBe('2026-11')
  })
})
