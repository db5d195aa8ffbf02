/**
 * Logging in and out. The session is started core-side for the calling window; the renderer
 * only ever learns the name and role. A wrong PIN slows down the screen it was typed on, for
 * every account, and counts towards a short account lock kept in the journal (a restart or a
 * power cut does not lift it).
 */
import type { SessionUser } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import { ApiFailure } from '../../api/failure'
import { waitMessage } from '../../api/screen-backoff'
import type { SessionTable } from '../../api/sessions'
import type { Store } from '../../store/types'
import { findByName, putUser } from './accounts'
import { hashGate } from './hash-gate'
import { ClockBehind } from '../../store/clock-behind'
import { afterFailure, lockedMinutes, lockMessage } from './lockout'
import { DUMMY_HASH, needsPepper, pepperHash, verifyPassword } from './password'
import { serially } from './serial'
import { sessionUser, type UserRecord } from './types'

/** The login screen lists the everyday users first. */
const ROSTER_ORDER = { clerk: 0, supervisor: 1, admin: 2 } as const

/** Same words for an unknown name and a wrong password: the screen must not tell them apart. */
export const WRONG_PASSWORD = '姓名或密码不对，请再试一次'

/** Who is checking a PIN, and where: the store, the clock, and the calling screen. */
export interface PinCheck {
  store: Store
  now: () => Date
  caller: string
  sessions: SessionTable
}

/** Counts one wrong password for an account (re-read inside the queue) and returns its new lock. */
export function recordFailure(store: Store, id: string, now: Date): Promise<number> {
  return serially(store, async () => {
    const fresh = store.get('users', id)
    if (!fresh) return 0
    const next: UserRecord = { ...fresh, ...afterFailure(fresh, now), updatedAt: now.toISOString() }
    const minutes = lockedMinutes(next, now)
    const event = minutes
      ? {
          actor: null,
          kind: 'locked' as const,
          changes: [`密码连续输错 ${next.failedCount} 次，锁定 ${minutes} 分钟`],
          supervisor: fresh.active && fresh.role === 'supervisor',
          shownPublicly: false,
        }
      : undefined
    await putUser(store, null, 'auth.loginFailed', next, event)
    return minutes
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

/**
 * Peppers an old `scrypt$` hash after its PIN proved right: journaled, but no account event
 * (the PIN is unchanged, so it is no 监委 account change and makes no public notice).
 */
/** Re-hashes a verified PIN under the pepper; resolves to the hash the account now holds for it. */
function upgradePepper(store: Store, id: string, verified: string, now: Date): Promise<string> {
  return serially(store, async () => {
    const fresh = store.get('users', id)
    if (!fresh || fresh.passwordHash !== verified || !needsPepper(verified)) return verified
    const passwordHash = await pepperHash(verified)
    if (passwordHash === verified) return verified
    const next = { ...fresh, passwordHash, updatedAt: now.toISOString() }
    await putUser(store, null, 'auth.pepperUpgrade', next)
    return passwordHash
  })
}

/**
 * Bookkeeping after a right PIN (clearing the wrong-PIN count, a stronger hash) waits while the
 * clock is behind the last save: the login goes on, or no admin could log in to say the clock
 * is right (clock-fix.ts). It is done at the next login after.
 */
function unlessClockBehind<T>(p: Promise<T>, meanwhile: T): Promise<T> {
  return p.catch((e: unknown) => {
    if (!(e instanceof ClockBehind)) throw e
    return meanwhile
  })
}

/**
 * Checks a PIN for an account, typed on the calling screen. Refuses without hashing while the
 * screen waits or the account is locked; a wrong PIN counts for both. Throws the plain words.
 */
export async function checkPin(
  c: PinCheck,
  user: UserRecord | undefined,
  password: string,
): Promise<UserRecord> {
  // Refused at once when the screen must wait or the account is locked; and again in the
  // hash's turn, where tries sent together queue: each meets the lock and the wait the tries
  // before it left, as tries one after another do.
  const guard = (): UserRecord | undefined => {
    const wait = c.sessions.backoff.waitMs(c.caller)
    if (wait > 0) throw new ApiFailure('RATE_LIMITED', waitMessage(Math.ceil(wait / 1000)))
    const fresh = user ? c.store.get('users', user.id) : undefined
    const usable = fresh?.active ? fresh : undefined
    if (usable) {
      const minutes = lockedMinutes(usable, c.now())
      if (minutes > 0) throw new ApiFailure('LOCKED', lockMessage(minutes))
    }
    return usable
  }
  guard()
  // One full scrypt on every path, known name or not; a few at a time, so saves go on.
  // The outcome is counted in the same turn, before the next queued try checks its guard.
  const usable = await hashGate.run(async () => {
    const usable = guard()
    const ok = await verifyPassword(usable?.passwordHash ?? DUMMY_HASH, password)
    if (!usable || !ok) {
      c.sessions.backoff.failed(c.caller, usable?.id)
      // While the clock is behind the last save the count cannot be journaled: the screen's
      // wait (in memory) still slows a guesser, and the cadre hears the PIN was wrong.
      const minutes = usable
        ? await recordFailure(c.store, usable.id, c.now()).catch((e: unknown) => {
            if (e instanceof ClockBehind) return 0
            throw e
          })
        : 0
      if (minutes > 0) throw new ApiFailure('LOCKED', lockMessage(minutes))
      throw new ApiFailure('UNAUTHENTICATED', WRONG_PASSWORD, { password: WRONG_PASSWORD })
    }
    c.sessions.backoff.succeeded(c.caller, usable.id)
    await unlessClockBehind(recordSuccess(c.store, usable.id, c.now()), undefined)
    return usable
  })
  const hash = usable.passwordHash
  const held = await unlessClockBehind(upgradePepper(c.store, usable.id, hash, c.now()), hash)
  // The hash the PIN was checked against, as the account holds it now: a caller starting a
  // session compares it, so a PIN reset while this one was checked is not outlived.
  return { ...usable, passwordHash: held }
}

/** auth.login / logout / me / roster / loginWait. */
export const loginHandlers: HandlerGroup<
  'auth.login' | 'auth.logout' | 'auth.me' | 'auth.roster' | 'auth.loginWait'
> = {
  'auth.login': async ({ name, password }, ctx) => {
    const user = await checkPin(ctx, findByName(ctx.store, name), password)
    // Switched off, given another role or a new PIN while the PIN was checked: no session on the
    // old terms (a reset ends the sessions it finds; this one did not exist yet).
    const fresh = ctx.store.get('users', user.id)
    if (!fresh?.active || fresh.role !== user.role || fresh.passwordHash !== user.passwordHash)
      throw new ApiFailure('UNAUTHENTICATED', '这个账号刚被改过，请重新登录')
    const me = sessionUser(fresh)
    ctx.sessions.start(ctx.caller, { id: me.id, name: me.name }, me.role)
    return { user: me }
  },
  'auth.logout': (_input, ctx) => {
    ctx.sessions.end(ctx.caller)
    return null
  },
  'auth.me': (_input, ctx) => {
    if (!ctx.actor || !ctx.role) return null
    const me: SessionUser = { id: ctx.actor.id, name: ctx.actor.name, role: ctx.role }
    if (ctx.store.get('users', ctx.actor.id)?.mustChoosePin) me.mustChoosePin = true
    return me
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
  'auth.loginWait': (_input, ctx) => ({
    seconds: Math.ceil(ctx.sessions.backoff.waitMs(ctx.caller) / 1000),
  }),
}
