import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TownshipOverview, VillageBridge } from '../../../../contract'
import { useTownshipStore } from '../../../../renderer/src/stores/township'

const invoke = vi.fn()
const overview: TownshipOverview = {
  today: '2026-12-04',
  inbox: '/收件',
  problems: [],
  villages: [],
}

beforeEach(() => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the township console store', () => {
  it('shows how many villages are checked while the first read runs, and nothing after', async () => {
    let finish!: () => void
    const done = { done: 0, total: 30 }
    invoke.mockImplementation((method: string) => {
      if (method === 'township.progress') return Promise.resolve({ ok: true, data: { ...done } })
      return new Promise((resolve) => (finish = () => resolve({ ok: true, data: overview })))
    })
    const store = useTownshipStore()
    const loading = store.refresh()
    expect(store.progress).toBeNull()
    done.done = 12
    await vi.advanceTimersByTimeAsync(250)
    expect(store.progress).toEqual({ done: 12, total: 30 })
    expect(store.loading).toBe(true)
    finish()
    await loading
    expect(store.overview).toEqual(overview)
    expect(store.progress).toBeNull()
    // No more questions once the read is over.
    const calls = invoke.mock.calls.length
    await vi.advanceTimersByTimeAsync(1000)
    expect(invoke.mock.calls.length).toBe(calls)
  })
})
