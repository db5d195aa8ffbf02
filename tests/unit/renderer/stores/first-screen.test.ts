import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { VillageBridge } from '../../../../contract'
import { useAuthStore } from '../../../../renderer/src/stores/auth'
import { useHomeStore } from '../../../../renderer/src/stores/home'
import { useSupervisorChangeStore } from '../../../../renderer/src/stores/supervisor-change'
import { installTownshipStart } from '../../../../renderer/src/views/township/start'

const invoke = vi.fn()
const asked = (method: string) => invoke.mock.calls.filter(([m]) => m === method).length

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
  invoke.mockImplementation((method: string) => {
    const data =
      method === 'setup.status'
        ? { needsSetup: false, isDemo: true, mode: 'kiosk' }
        : method === 'auth.supervisorChange'
          ? { date: '2026-12-01', recent: true }
          : { today: '2026-12-04' }
    return Promise.resolve({ ok: true, data })
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('the first screen asks each question once, all at the start', () => {
  it('the route guard waits for the setup check asked at start-up instead of asking again', async () => {
    const auth = useAuthStore()
    const atStart = auth.setupStatus()
    const byGuard = auth.setupStatus()
    expect(await byGuard).toEqual({ needsSetup: false, isDemo: true, mode: 'kiosk' })
    await atStart
    expect(asked('setup.status')).toBe(1)
    await auth.setupStatus(true)
    expect(asked('setup.status')).toBe(2)
  })

  it.each(['kiosk', 'township'] as const)(
    'the first screen of a %s app is decided by the setup check alone, asked once',
    async (mode) => {
      invoke.mockImplementation(() =>
        Promise.resolve({ ok: true, data: { needsSetup: false, isDemo: false, mode } }),
      )
      const router = createRouter({
        history: createMemoryHistory(),
        routes: [
          { path: '/', name: 'home', component: { render: () => null } },
          { path: '/township', name: 'township', component: { render: () => null } },
        ],
      })
      installTownshipStart(router)
      void useAuthStore().setupStatus()
      await router.push('/')
      expect(router.currentRoute.value.name).toBe(mode === 'kiosk' ? 'home' : 'township')
      expect(asked('setup.status')).toBe(1)
      expect(invoke.mock.calls.map(([m]) => m)).toEqual(['setup.status'])
    },
  )

  it('the home screen uses the summary start-up asked for, and asks itself when it opens later', async () => {
    const home = useHomeStore()
    home.prefetch()
    expect(home.takePrefetched()).toBe(true)
    await vi.waitFor(() => expect(home.summary).not.toBeNull())
    expect(asked('home.summary')).toBe(1)
    expect(home.takePrefetched()).toBe(false)
  })

  it('the 监委 change note asked by the home screen is not asked again by the note itself', async () => {
    const store = useSupervisorChangeStore()
    const homeAsks = store.refresh()
    store.ensure()
    await homeAsks
    expect(store.notice).toEqual({ date: '2026-12-01', recent: true })
    expect(asked('auth.supervisorChange')).toBe(1)
    await store.refresh()
    expect(asked('auth.supervisorChange')).toBe(2)
  })
})
