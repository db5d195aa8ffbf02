/** The stored account record (core only: it carries the password hash) and the setup marker. */
import type { AccountEvent, SessionUser, UserRole, UserView } from '../../../../contract'
import { lockedMinutes } from './lockout'

/** An account as stored: the hash never leaves core; lock state survives restarts. */
export interface UserRecord {
  id: string
  name: string
  role: UserRole
  /** Self-describing scrypt hash, see password.ts. */
  passwordHash: string
  /** Wrong passwords since the last success or unlock; every 10th one locks the account. */
  failedCount: number
  /** ISO time the current lock ends, '' when not locked. */
  lockedUntil: string
  /**
   * When the account was last locked (at most 3, within a day): the next lock is longer for
   * each, whatever lifted them. Absent in older records and on accounts never locked.
   */
  lockTimes?: string[]
  active: boolean
  /**
   * Set when someone other than the owner set the PIN (an admin creating or resetting the
   * account); cleared when the owner changes it. Absent in older records: no mark.
   */
  mustChoosePin?: true
  /** The 村两委 / 监委 member this account belongs to. */
  memberId?: string
  createdAt: string
  updatedAt: string
}

/** Written when the demo village is left, so a restart does not load the demo again. */
export interface SetupState {
  leftDemoAt: string
  /** Folder inside the data directory holding the old demo files and journal. */
  demoBackup: string
}

declare module '../../store/types' {
  interface Collections {
    users: UserRecord
    setup: SetupState
    accountEvents: AccountEvent
  }
}

/** The account as the header shows it. */
export function sessionUser(u: UserRecord): SessionUser {
  const me: SessionUser = { id: u.id, name: u.name, role: u.role }
  if (u.mustChoosePin) me.mustChoosePin = true
  return me
}

/** The account as the admin list shows it: everything but the hash. */
export function userView(u: UserRecord, now: Date): UserView {
  const view: UserView = {
    id: u.id,
    name: u.name,
    role: u.role,
    active: u.active,
    failedCount: u.failedCount,
  }
  if (u.memberId) view.memberId = u.memberId
  if (lockedMinutes(u, now) > 0) view.lockedUntil = u.lockedUntil
  return view
}
