/**
 * The records API as a host calls it: createApi over a memory store, with sessions started
 * directly (as the login would), so every test goes through role checks and input parsing.
 */
import { expect } from 'vitest'
import type {
  ApiError,
  ErrorCode,
  Input,
  Method,
  Output,
  PersonRef,
  Role,
} from '../../../../../../contract'
import { createApi } from '../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../electron/core/api/sessions'
import { publicHandlers } from '../../../../../../electron/core/services'
import { recordsAdminHandlers } from '../../../../../../electron/core/services/records'
import { registersAdminHandlers } from '../../../../../../electron/core/services/registers-admin'
import { sectionHandlers } from '../../../../../../electron/core/services/sections'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'

export const CLERK: PersonRef = { id: 'u-clerk', name: '吴春燕' }
export const CLERK2: PersonRef = { id: 'u-clerk2', name: '陈立新' }
export const SUP: PersonRef = { id: 'u-sup', name: '季宏伟' }
export const SUP2: PersonRef = { id: 'u-sup2', name: '朱玉兰' }
export const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }

/** Callers (windows) with a live session each; 'kiosk' has none (a villager). */
const CALLERS: Record<string, [PersonRef, Role]> = {
  clerk: [CLERK, 'clerk'],
  clerk2: [CLERK2, 'clerk'],
  sup: [SUP, 'supervisor'],
  sup2: [SUP2, 'supervisor'],
  admin: [ADMIN, 'admin'],
}
export type Caller = keyof typeof CALLERS | 'kiosk'

// Only the handlers under test are bound; any other method would fail loudly as INTERNAL.
const handlers = {
  ...publicHandlers,
  ...sectionHandlers,
  ...recordsAdminHandlers,
  ...registersAdminHandlers,
} as Partial<Handlers> as Handlers

/** A fresh store, clock and sessions; helpers assert success or a refusal that changed nothing. */
export function harness(start = '2026-11-25T01:30:00.000Z') {
  let t = new Date(start)
  const now = () => t
  const store = createMemoryStore(now)
  const sessions = new SessionTable(now)
  for (const [caller, [user, role]] of Object.entries(CALLERS)) sessions.start(caller, user, role)
  const invoke = createApi({ handlers, store, sessions, now })

  /** Calls and returns the data; fails the test with core's message when refused. */
  async function ok<M extends Method>(
    caller: Caller,
    method: M,
    input: Input<M>,
  ): Promise<Output<M>> {
    const r = await invoke(method, input, caller)
    if (!r.ok) throw new Error(`${method} refused: ${r.error.code} ${r.error.message}`)
    return r.data as Output<M>
  }

  /** Calls loosely (any method name, any input) and expects success. */
  async function okLoose(
    caller: Caller,
    method: string,
    input: unknown,
  ): Promise<Record<string, unknown>> {
    const r = await invoke(method, input, caller)
    if (!r.ok) throw new Error(`${method} refused: ${r.error.code} ${r.error.message}`)
    return r.data as Record<string, unknown>
  }

  /** Expects a refusal with `code` and a Chinese message, and that the journal did not move. */
  async function refused(
    caller: Caller,
    method: string,
    input: unknown,
    code: ErrorCode,
  ): Promise<ApiError> {
    const before = store.head().seq
    const r = await invoke(method, input, caller)
    expect(r.ok, `${method} should be refused`).toBe(false)
    if (r.ok) throw new Error('unreachable')
    expect(r.error.code).toBe(code)
    expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(store.head().seq).toBe(before)
    return r.error
  }

  return {
    store,
    sessions,
    ok,
    okLoose,
    refused,
    /** Moves the clock on, so timestamps differ (sessions stay alive: 10 minutes idle). */
    tick(ms = 60_000) {
      t = new Date(t.getTime() + ms)
    },
  }
}
export type Harness = ReturnType<typeof harness>
