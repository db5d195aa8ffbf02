/**
 * The data handlers through the real createApi over a memory store, with the ledger workflow's
 * handlers beside them, so the ledger-admin tests' helpers (enterMonth, publishedMonth) apply.
 */
import { expect } from 'vitest'
import type { Input, Method, Output, Result } from '../../../../../../contract'
import { createApi } from '../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../electron/core/api/sessions'
import { publicHandlers } from '../../../../../../electron/core/services'
import { dataHandlers, type DataHost } from '../../../../../../electron/core/services/data'
import { Secrets } from '../../../../../../electron/core/secrets'
import { ledgerAdminHandlers } from '../../../../../../electron/core/services/ledger-admin'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import { NOW, PEOPLE, type Harness, type Who } from '../ledger-admin/harness'

export { NOW, PEOPLE }

/** A village closing by month, the clock at the e2e tests' time, and optional host extras. */
export async function dataHarness(host?: DataHost): Promise<Harness> {
  let now = Date.parse(NOW)
  const clock = () => new Date(now)
  const store = createMemoryStore(clock)
  const sessions = new SessionTable(clock)
  const login = () => {
    for (const [caller, p] of Object.entries(PEOPLE)) sessions.start(caller, p.user, p.role)
  }
  login()
  const swapStore = () => Promise.reject(new Error('no swap in memory'))
  const handlers = {
    ...publicHandlers,
    ...ledgerAdminHandlers,
    ...dataHandlers({
      dir: '/nonexistent',
      swapStore,
      store: () => store,
      secrets: new Secrets('/nonexistent-secrets'),
      drives: { root: '/nonexistent-drives', exportDir: '/nonexistent-export' },
      ...(host ? { host } : {}),
    }),
  } as unknown as Handlers
  const api = createApi({ handlers, store, sessions, now: clock })
  await store.commit({
    actor: null,
    action: 'test.settings',
    entity: 'settings',
    id: 'settings',
    puts: [{ coll: 'settings', id: 'settings', value: { periodMode: 'month' } }],
  })
  const invoke = <M extends Method>(who: Who, method: M, input: Input<M>) =>
    api(method, input, who) as Promise<Result<Output<M>>>
  return {
    store,
    setNow: (iso) => {
      now = Date.parse(iso)
      login()
    },
    advance: (ms) => {
      now += ms
    },
    invoke,
    async call(who, method, input) {
      const r = await invoke(who, method, input)
      if (!r.ok) throw new Error(`${method} as ${who}: ${r.error.code} ${r.error.message}`)
      return r.data
    },
    async refused(who, method, input, code, message) {
      const before = store.head()
      const r = await invoke(who, method, input)
      expect(r.ok, `${method} as ${who} should be refused`).toBe(false)
      if (r.ok) throw new Error('unreachable')
      expect(r.error.code).toBe(code)
      if (message) expect(r.error.message).toMatch(message)
      expect(store.head()).toEqual(before)
      return r.error
    },
  }
}

/** base64 of text as a UTF-8 CSV. */
export const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64')
