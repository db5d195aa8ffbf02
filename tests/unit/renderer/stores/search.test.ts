import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchResult, VillageBridge } from '../../../../contract'
import { kioskIsDirty, resetKiosk } from '../../../../renderer/src/composables/kiosk-reset'
import { MAX_QUERY, useSearchStore } from '../../../../renderer/src/stores/search'

const invoke = vi.fn()
const found = (q: string): SearchResult => ({ q, total: 0, groups: [] })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
  invoke.mockImplementation((_m: string, input: { q: string }) =>
    Promise.resolve({ ok: true, data: found(input.q) }),
  )
})
afterEach(() => {
  resetKiosk()
  vi.unstubAllGlobals()
})

describe('the search store', () => {
  it('searches what the keys spell, and deletes one character at a time', async () => {
    const search = useSearchStore()
    search.type('x')
    search.type('l')
    await vi.waitFor(() => expect(search.result?.q).toBe('xl'))
    expect(invoke).toHaveBeenLastCalledWith('search', { q: 'xl' })
    search.backspace()
    expect(search.query).toBe('x')
  })

  it('never sends an empty box and never more than the core accepts', () => {
    const search = useSearchStore()
    search.setQuery('   ')
    expect(invoke).not.toHaveBeenCalled()
    search.setQuery('a'.repeat(MAX_QUERY + 5))
    expect(search.query).toHaveLength(MAX_QUERY)
  })

  it('is cleared by the idle reset, so the next villager starts with an empty box', async () => {
    const search = useSearchStore()
    search.setQuery('db')
    await vi.waitFor(() => expect(search.result).not.toBeNull())
    expect(kioskIsDirty()).toBe(true)
    resetKiosk()
    expect(search.query).toBe('')
    expect(search.result).toBeNull()
    expect(kioskIsDirty()).toBe(false)
  })
})
