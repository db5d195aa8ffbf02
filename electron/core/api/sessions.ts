import type { PersonRef, Role } from '../../../contract'

/** A logged-in cadre, keyed by the caller (one per window), kept core-side only. */
export interface Session {
  user: PersonRef
  role: Role
  expiresAt: number
}

/** Idle sessions expire: a cadre who walks away is logged out. */
export class SessionTable {
  private readonly sessions = new Map<string, Session>()

  constructor(
    private readonly now: () => Date,
    private readonly idleMs = 10 * 60_000,
  ) {}

  /** The live session for this caller, refreshed; an expired one is removed. */
  touch(caller: string): Session | null {
    const s = this.sessions.get(caller)
    if (!s) return null
    const t = this.now().getTime()
    if (t >= s.expiresAt) {
      this.sessions.delete(caller)
      return null
    }
    s.expiresAt = t + this.idleMs
    return s
  }

  start(caller: string, user: PersonRef, role: Role): Session {
    const s = { user, role, expiresAt: this.now().getTime() + this.idleMs }
    this.sessions.set(caller, s)
    return s
  }

  end(caller: string): void {
    this.sessions.delete(caller)
  }

  /** Ends every session of one account: deactivated, given a new role or a new password. */
  endUser(userId: string): void {
    for (const [caller, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(caller)
  }

  /** Ends every session: the village's records were swapped for a new, empty village. */
  endAll(): void {
    this.sessions.clear()
  }
}
