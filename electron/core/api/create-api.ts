import type { z } from 'zod'
import { api, fail, isMethod, ok, type Method, type Result } from '../../../contract'
import { plainIssue } from '../../../contract/plain-issues'
import { allowedBeforeOwnPin, CHOOSE_OWN_PIN, holdsAdminPin } from '../services/auth/own-pin'
import { maskPublicOutput } from '../services/public-mask'
import { ClockBehind } from '../store/clock-behind'
import { StoreHalted } from '../store/store-halted'
import type { Store } from '../store/types'
import { ApiFailure } from './failure'
import { refusePersonalNumbersIn } from './personal-number-guard'
import type { Ctx, Handler, Handlers } from './handlers'
import { endedMessage, type SessionTable } from './sessions'

export interface ApiDeps {
  handlers: Handlers
  store: Store
  sessions: SessionTable
  now: () => Date
  log?: (message: string, error: unknown) => void
}

/** Chinese field messages from a zod error, keyed by dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}

/**
 * The single entry point every host calls. It never trusts its caller: the method must be
 * in the table, the input must parse, the role comes from the core-side session.
 */
export function createApi(deps: ApiDeps) {
  return async function invoke(
    method: unknown,
    input: unknown,
    caller: string,
  ): Promise<Result<unknown>> {
    if (!isMethod(method)) {
      const name = typeof method === 'string' ? method.slice(0, 40) : typeof method
      return fail('UNKNOWN_METHOD', `没有这项功能（${name}）`)
    }
    const def = api[method]
    const parsed = def.input.safeParse(input ?? {}, { error: plainIssue })
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error)
      const first = Object.values(fields)[0] ?? '输入有误'
      return fail('BAD_INPUT', `输入有误：${first}`, fields)
    }
    let actor: Ctx['actor'] = null
    let role: Ctx['role'] = null
    // Only a call that needs the login keeps it alive; public reads merely look at it.
    const session =
      def.access === 'public' ? deps.sessions.peek(caller) : deps.sessions.touch(caller)
    if (def.access !== 'public') {
      if (!session) return fail('UNAUTHENTICATED', endedMessage(deps.sessions.endedWhy(caller)))
      if (!def.access.includes(session.role))
        return fail('FORBIDDEN', def.forbidden ?? '您的账号没有权限进行这项操作')
    }
    // An account still on the PIN an admin set acts as nobody but to change it: refused where
    // a login is needed, anonymous where it is not (auth-guard shows the change screen).
    const held = session !== null && holdsAdminPin(deps.store, session.user.id)
    if (held && !allowedBeforeOwnPin(method) && def.access !== 'public') {
      return fail('FORBIDDEN', CHOOSE_OWN_PIN)
    }
    if (session && (!held || allowedBeforeOwnPin(method))) {
      actor = session.user
      role = session.role
    }
    const handler = deps.handlers[method] as Handler<Method>
    try {
      // Every write path, whatever the method: no personal number reaches a handler.
      refusePersonalNumbersIn(method, parsed.data)
      const data = await handler(parsed.data as never, {
        actor,
        role,
        now: deps.now,
        store: deps.store,
        caller,
        sessions: deps.sessions,
      })
      return ok(def.access === 'public' ? maskPublicOutput(data) : data)
    } catch (e) {
      if (e instanceof ApiFailure) return fail(e.code, e.message, e.fields)
      // A halted journal or a clock set back refuses every save: say why, not "try again later".
      if (e instanceof StoreHalted || e instanceof ClockBehind) return fail('STORAGE', e.plain)
      deps.log?.(`invoke ${method} failed`, e)
      const storage = e instanceof Error && e.message.startsWith('store:')
      return storage
        ? fail('STORAGE', '保存失败，数据没有改动，请稍后重试或联系管理员')
        : fail('INTERNAL', '系统出错，请稍后重试')
    }
  }
}

export type Invoke = ReturnType<typeof createApi>
