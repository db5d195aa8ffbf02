/**
 * Logging in and out. The session is started core-side for the calling window; the renderer
 * only ever learns the name and role. Wrong passwords are counted in the journal, so a
 * restart (or a power cut) does not lift a lockout.
 */
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import type { Store } from '../../store/types'
import { findByName, putUser } from './accounts'
import { afterFailure, lockedMinutes, lockMessage } from './lockout'
import { DUMMY_HASH, verifyPassword } from './password'
import { serially } from './serial'
import { sessionUser, type UserRecord } from './types'

/** The login screen lists the everyday users first. */
const ROSTER_ORDER = { clerk: 0, supervisor: 1, admin: 2 } as const

/** Same words for an unknown name and a wrong password: the screen must not tell them apart. */
export const WRONG_PASSWORD = '姓名或密码不对，请再试一次'

/** Counts one wrong password for an account (re-read inside the queue) and returns its new lock. */
export function recordFailure(store: Store, id: string, now: Date): Promise<number> {
  return serially(store, async () => {
    const fresh = store.get('users', id)
    if (!fresh) return 0
    const next: UserRecord = { ...fresh, ...afterFailure(fresh, now), updatedAt: now.toISOString() }
    await putUser(store, null, 'auth.loginFailed', next)
    return lockedMinutes(next, now)
  })
}

/** Clears the count after a right password, writing only when there was something to clear. */
function recordSuccess(store: Store, id: string, now: Date): Promise<void> {
  return serially(store, async () => {
    const fresh = store.get('users', id)
    if (!fresh || (fresh.failedCount === 0 && !fresh.lockedUntil)) return
    const next = { ...fresh, failedCount: 0, lockedUntil: '', updatedAt: now.toISOString() }
    await putUser(store, null, 'auth.loginReset', next)
  })
}

/** Checks a password for an account; wrong ones count towards a lock. Throws the plain-words refusal. */
export async function checkPassword(
  store: Store,
  user: UserRecord | undefined,
  password: string,
  now: Date,
): Promise<UserRecord> {
  const usable = user?.active ? user : undefined
  if (usable) {
    const minutes = lockedMinutes(usable, now)
    if (minutes > 0) throw new ApiFailure('LOCKED', lockMessage(minutes))
  }
  // One full scrypt on every path, known name or not.
  const ok = await verifyPassword(usable?.passwordHash ?? DUMMY_HASH, password)
  if (!usable || !ok) {
    const minutes = usable ? await recordFailure(store, usable.id, now) : 0
    if (minutes > 0) throw new ApiFailure('LOCKED', lockMessage(minutes))
    throw new ApiFailure('UNAUTHENTICATED', WRONG_PASSWORD, { password: WRONG_PASSWORD })
  }
  await recordSuccess(store, usable.id, now)
  return usable
}

/** auth.login / logout / me / roster. */
export const loginHandlers: HandlerGroup<'auth.login' | 'auth.logout' | 'auth.me' | 'auth.roster'> =
  {
    'auth.login': async ({ name, password }, ctx) => {
      const user = await checkPassword(ctx.store, findByName(ctx.store, name), password, ctx.now())
      const me = sessionUser(user)
      ctx.sessions.start(ctx.caller, { id: me.id, name: me.name }, me.role)
      return { user: me }
    },
    'auth.logout': (_input, ctx) => {
      ctx.sessions.end(ctx.caller)
      return null
    },
    'auth.me': (_input, ctx) => {
      if (!ctx.actor || !ctx.role) return null
      return { id: ctx.actor.id, name: ctx.actor.name, role: ctx.role }
    },
    'auth.roster': (_input, { store }) =>
      store
        .all('users')
        .filter((u) => u.active)
        .sort(
          (a, b) =>
            ROSTER_ORDER[a.role] - ROSTER_ORDER[b.role] || a.name.localeCompare(b.name, 'zh-CN'),
        )
        .map((u) => ({ name: u.name, role: u.role })),
  }
