/** Reads the kiosk's public API as an anonymous villager at a fixed moment: what packages carry. */
import type { Method } from '../../../contract'
import { createApi } from '../api/create-api'
import type { Handlers } from '../api/handlers'
import { SessionTable } from '../api/sessions'
import { packageNoticeHandlers } from '../services/sections/notices'
import type { ReadAt } from './outbox'

/** Methods after which the outbox may have a new package to write (see views.ts isPublish). */
export function isPublishMethod(method: unknown): boolean {
  return (
    typeof method === 'string' &&
    (method.endsWith('.publish') ||
      method === 'ledger.publishCorrection' ||
      method === 'questions.answer' ||
      method === 'questions.withhold')
  )
}

/**
 * A ReadAt over core's own handlers: input checked, no session, output masked as public. One
 * read differs from the kiosk's: a notice signed ahead of its first day is hidden on the kiosk
 * until then, but its package is written at signing and must carry it (packageNoticeHandlers).
 */
export function readPublicAt(handlers: Handlers): ReadAt {
  const packageHandlers: Handlers = { ...handlers, ...packageNoticeHandlers }
  return (store, at) => {
    const now = () => at
    const invoke = createApi({
      handlers: packageHandlers,
      store,
      sessions: new SessionTable(now),
      now,
    })
    return async (method: Method, input: Record<string, unknown>) => {
      const r = await invoke(method, input, 'township-outbox')
      if (!r.ok) throw new Error(`township: ${method} ${r.error.code} ${r.error.message}`)
      return r.data
    }
  }
}
