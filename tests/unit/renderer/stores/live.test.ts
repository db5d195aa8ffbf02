import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { startLiveRefresh } from '../../../../renderer/src/stores/live'
import { useProjectsStore } from '../../../../renderer/src/stores/projects'

const invoke = vi.fn()
let changed: ((seq: number) => void) | null = null
const asked = (method: string) => invoke.mock.calls.filter(([m]) => m === method).length

beforeEach(() => {
  setActivePinia(createPinia())
  changed = null
  invoke.mockReset()
  invoke.mockImplementation((method: string) =>
    Promise.resolve({
      ok: true,
      data: method === 'projects.list' ? { items: [], total: 0, updatedAt: null } : null,
    }),
  )
  vi.stubGlobal('village', {
    invoke,
    onChanged: (listener: (seq: number) => void) => {
      changed = listener
      return () => (changed = null)
    },
  } as Partial<VillageBridge>)
})
afterEach(() => vi.unstubAllGlobals())

describe('the live refresh', () => {
  it('asks nothing at start-up, and after a change reloads the list a villager has open', async () => {
    vi.useFakeTimers()
    try {
      const stop = startLiveRefresh(300)
      expect(invoke).not.toHaveBeenCalled()
      await useProjectsStore().openList(null)
      expect(asked('projects.list')).toBe(1)
      changed!(7)
      changed!(8) // a burst of changes is one reload
      await vi.advanceTimersByTimeAsync(300)
      expect(asked('projects.list')).toBe(2)
      stop()
      expect(changed).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
