import type { PersonRef, Role } from '../../../contract'
import { RECEIPT_RULE, ScreenBackoff } from './screen-backoff'

/** A logged-in cadre, keyed by the caller (one per window), kept core-side only. */
export interface Session {
  user: PersonRef
  role: Role
  /** When the login happened: a session never outlives `startedAt + maxMs`. */
  startedAt: number
  expiresAt: number
}

/** Why a caller's last session ended on its own, so the next call can say so in plain words. */
export type EndedWhy = 'idle' | 'max' | 'clock' | 'account' | 'password'

/** Idle limit: a cadre who walks away is logged out. */
export const IDLE_MS = 10 * 60_000
/** Hard limit: even a busy session ends two hours after its login. */
export const MAX_SESSION_MS = 2 * 60 * 60_000

const WHY_WORDS: Record<EndedWhy, string> = {
  idle: '长时间没有操作，登录已超时，请重新登录',
  max: '登录已满 2 小时，为了安全请重新登录',
  clock: '电脑时间调过了，为了安全请重新登录',
  account: '您的账号已被管理员停用或更改，请重新登录',
  password: '这个账号的密码已经改过，请用新密码重新登录',
}

/** The words for a call refused because the caller's session ran out (or never was). */
export function endedMessage(why: EndedWhy | null): string {
  return why ? WHY_WORDS[why] : '请先登录，或登录已超时'
}

/** How far the clock may step back under a login (a time sync) before the login ends. */
const CLOCK_BACK_MS = 60_000

/**
 * Login sessions per caller. Only calls that need a login keep a session alive (`touch`);
 * public reads only look (`peek`), so a kiosk left showing a public page still logs out.
 */

export class SessionTable {
  private readonly sessions = new Map<string, Session>()
  private readonly ended = new Map<string, EndedWhy>()
  /** Wrong PINs per screen: the kiosk slows down for every account after failures. */
  readonly backoff: ScreenBackoff
  /**
   * Wrong receipts per screen: a receipt opens a villager's question (even one withheld) and its
   * rating, so one screen is not let go through the numbers.
   */
  readonly receipts: ScreenBackoff

  constructor(
    private readonly now: () => Date,
    private readonly idleMs = IDLE_MS,
    private readonly maxMs = MAX_SESSION_MS,
  ) {
    this.backoff = new ScreenBackoff(now)
    this.receipts = new ScreenBackoff(now, RECEIPT_RULE)
  }

  /** The live session for this caller, without refreshing it; an expired one is removed. */
  peek(caller: string): Session | null {
    const s = this.sessions.get(caller)
    if (!s) return null
    const t = this.now().getTime()
    // A clock put back more than a minute behind the login (it had run ahead) ends it too: its
    // timers count from a time not yet come, so it would never run out by itself.
    const why: EndedWhy | null =
      t < s.startedAt - CLOCK_BACK_MS
        ? 'clock'
        : t >= s.startedAt + this.maxMs
          ? 'max'
          : t >= s.expiresAt
            ? 'idle'
            : null
    if (!why) return s
    this.sessions.delete(caller)
    this.ended.set(caller, why)
    return null
  }

  /** The live session, its idle timer restarted (never past the hard limit). */
  touch(caller: string): Session | null {
    const s = this.peek(caller)
    if (s) s.expiresAt = this.now().getTime() + this.idleMs
    return s
  }

  /** Why this caller's last session ran out by itself, if it did (cleared by a login or logout). */
  endedWhy(caller: string): EndedWhy | null {
    return this.ended.get(caller) ?? null
  }

  start(caller: string, user: PersonRef, role: Role): Session {
    const t = this.now().getTime()
    const s = { user, role, startedAt: t, expiresAt: t + this.idleMs }
    this.sessions.set(caller, s)
    this.ended.delete(caller)
    return s
  }

  end(caller: string): void {
    this.sessions.delete(caller)
    this.ended.delete(caller)
  }

  /**
   * Ends every session of one account: deactivated, given a new role or a new password; all but
   * `keep`'s when the owner changed their own password there.
   */
  endUser(userId: string, keep?: string): void {
    // The next call from those windows says why, not "登录已超时".
    const why: EndedWhy = keep === undefined ? 'account' : 'password'
    for (const [caller, s] of this.sessions)
      if (s.user.id === userId && caller !== keep) {
        this.sessions.delete(caller)
        this.ended.set(caller, why)
      }
  }

  /** An account renamed: its open sessions act, and sign, under the new name. */
  renameUser(userId: string, name: string): void {
    for (const s of this.sessions.values()) if (s.user.id === userId) s.user = { ...s.user, name }
  }

  /** Ends every session: the village's records were swapped for a new, empty village. */
  endAll(): void {
    this.sessions.clear()
  }
}
