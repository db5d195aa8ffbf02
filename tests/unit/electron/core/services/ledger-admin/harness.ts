/**
 * The ledger workflow through the real createApi: role checks, input parsing and handlers,
 * over a memory store, with sessions started directly (as a login would) for each cadre.
 */
import { expect } from 'vitest'
import type { Input, Method, Output, PersonRef, Result, Role } from '../../../../../../contract'
import { createApi } from '../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../electron/core/api/sessions'
import { publicHandlers } from '../../../../../../electron/core/services'
import { ledgerAdminHandlers } from '../../../../../../electron/core/services/ledger-admin'
import { createMemoryStore } from '../../../../../../electron/core/store/memory-store'
import type { Store } from '../../../../../../electron/core/store/types'

export const NOW = '2026-11-25T01:30:00.000Z'

/** The people of these tests; callers are named after them. */
export const PEOPLE = {
  clerk: { user: { id: 'u-clerk', name: '吴春燕' }, role: 'clerk' },
  clerk2: { user: { id: 'u-clerk2', name: '陈立新' }, role: 'clerk' },
  admin: { user: { id: 'u-admin', name: '王建国' }, role: 'admin' },
  sup: { user: { id: 'u-sup', name: '季宏伟' }, role: 'supervisor' },
  sup2: { user: { id: 'u-sup2', name: '周玉兰' }, role: 'supervisor' },
  /** The clerk's own account, given the supervisor role: still may not sign their own work. */
  clerkAsSup: { user: { id: 'u-clerk', name: '吴春燕' }, role: 'supervisor' },
  clerk2AsSup: { user: { id: 'u-clerk2', name: '陈立新' }, role: 'supervisor' },
} satisfies Record<string, { user: PersonRef; role: Role }>
export type Who = keyof typeof PEOPLE | 'public'

export interface Harness {
  store: Store
  setNow(iso: string): void
  /** Moves the clock on without touching sessions (so idle ones expire). */
  advance(ms: number): void
  invoke<M extends Method>(who: Who, method: M, input: Input<M>): Promise<Result<Output<M>>>
  /** Calls and returns the data, failing the test on an error result. */
  call<M extends Method>(who: Who, method: M, input: Input<M>): Promise<Output<M>>
  /** Calls, expects a refusal with this code, and checks the journal did not move. */
  refused<M extends Method>(
    who: Who,
    method: M,
    input: Input<M>,
    code: string,
    message?: string | RegExp,
  ): Promise<{ message: string; fields?: Record<string, string> }>
}

/** A fresh village with monthly closing (as the demo) and the clock at the e2e tests' time. */
export async function harness(
  periodMode: 'month' | 'quarter' = 'month',
  more: Partial<Handlers> = {},
): Promise<Harness> {
  let now = Date.parse(NOW)
  const clock = () => new Date(now)
  const store = createMemoryStore(clock)
  const sessions = new SessionTable(clock)
  for (const [caller, p] of Object.entries(PEOPLE)) sessions.start(caller, p.user, p.role)
  // Only the public, ledger and `more` methods are called here; the rest is not needed.
  const handlers = { ...publicHandlers, ...ledgerAdminHandlers, ...more } as unknown as Handlers
  const api = createApi({ handlers, store, sessions, now: clock })
  await store.commit({
    actor: null,
    action: 'test.settings',
    entity: 'settings',
    id: 'settings',
    puts: [{ coll: 'settings', id: 'settings', value: { periodMode } }],
  })
  const invoke = <M extends Method>(who: Who, method: M, input: Input<M>) =>
    api(method, input, who) as Promise<Result<Output<M>>>
  return {
    store,
    setNow: (iso) => {
      now = Date.parse(iso)
      for (const [caller, p] of Object.entries(PEOPLE)) sessions.start(caller, p.user, p.role)
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

/** A valid line for October 2026 unless told otherwise. */
export function line(over: Partial<Input<'ledger.saveEntry'>> = {}): Input<'ledger.saveEntry'> {
  return {
    period: '2026-10',
    date: '2026-10-12',
    voucherNo: '记-2026-10-001',
    summary: '购买办公用品',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 123_456,
    counterparty: '东台市文具店',
    handler: '吴春燕',
    ...over,
  }
}

/** Opens October, enters `n` lines and returns their ids. */
export async function enterMonth(h: Harness, n = 3, period = '2026-10'): Promise<string[]> {
  await h.call('clerk', 'ledger.closePeriod', { period })
  const ids: string[] = []
  for (let i = 1; i <= n; i++) {
    const e = await h.call(
      'clerk',
      'ledger.saveEntry',
      line({
        period,
        date: `${period}-${String(i + 1).padStart(2, '0')}`,
        voucherNo: `记-${period}-${String(i).padStart(3, '0')}`,
        amountFen: 10_000 * i,
        ...(i === 1
          ? { category: 'income', item: '补助收入', direction: 'income', summary: '上级补助' }
          : {}),
      }),
    )
    ids.push(e.id)
  }
  return ids
}

/** Enters, submits (as the clerk) and publishes (as the supervisor) a month. */
export async function publishedMonth(h: Harness, n = 3, period = '2026-10'): Promise<string[]> {
  const ids = await enterMonth(h, n, period)
  await h.call('clerk', 'ledger.submit', { period })
  await h.call('sup', 'ledger.publish', { period })
  return ids
}
