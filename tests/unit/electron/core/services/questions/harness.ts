/** The questions API over a memory store, with a movable clock and logged-in cadres per caller. */
import type { Input, Method, Output, PersonRef, Result, Role } from '../../../../../../contract'
import { createApi } from '../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../electron/core/api/sessions'
import { homeHandlers } from '../../../../../../electron/core/services/home'
import { questionHandlers } from '../../../../../../electron/core/services/questions'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import type { Store } from '../../../../../../electron/core/store/types'

/** 2026-11-25 09:30 in the village. */
export const START = '2026-11-25T01:30:00.000Z'
export const CLERK: PersonRef = { id: 'u-clerk', name: '吴春燕' }
export const SUPERVISOR: PersonRef = { id: 'u-sup', name: '季宏伟' }
export const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }

export interface Harness {
  store: Store
  /** Moves the clock to an ISO instant, or forward by ms. */
  setNow(iso: string): void
  advance(ms: number): void
  call<M extends Method>(method: M, input: Input<M>, caller?: string): Promise<Result<Output<M>>>
  ok<M extends Method>(method: M, input: Input<M>, caller?: string): Promise<Output<M>>
  seq(): number
}

/** Callers 'clerk', 'sup' and 'admin' are logged in; 'kiosk' (the default) is a villager. */
export function harness(): Harness {
  let now = Date.parse(START)
  const clock = () => new Date(now)
  const store = createMemoryStore(clock)
  const sessions = new SessionTable(clock, 365 * 86_400_000, 365 * 86_400_000)
  const sign = (caller: string, user: PersonRef, role: Role) => sessions.start(caller, user, role)
  sign('clerk', CLERK, 'clerk')
  sign('sup', SUPERVISOR, 'supervisor')
  sign('admin', ADMIN, 'admin')
  // Only the methods these tests call; the rest of the table is never reached.
  const handlers = { ...homeHandlers, ...questionHandlers } as unknown as Handlers
  const invoke = createApi({ handlers, store, sessions, now: clock })
  const h: Harness = {
    store,
    setNow: (iso) => void (now = Date.parse(iso)),
    advance: (ms) => void (now += ms),
    call: (method, input, caller = 'kiosk') =>
      invoke(method, input, caller) as Promise<Result<Output<typeof method>>>,
    async ok(method, input, caller = 'kiosk') {
      const r = await h.call(method, input, caller)
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
      return r.data
    },
    seq: () => store.head().seq,
  }
  return h
}
