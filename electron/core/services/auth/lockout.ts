/**
 * How wrong passwords lock an account: only after many in a row, and only briefly. The screen
 * they are typed on already slows down (api/screen-backoff.ts), so the account lock is the last
 * guard against guessing from several screens, not a weapon to keep the 监委 out for hours.
 */
import { CLOCK_SLACK_MS } from '../../store/clock-behind'
import type { UserRecord } from './types'

/** Wrong passwords in a row before the account locks. */
export const MAX_FAILS = 10
const LOCK_STEP_MS = 5 * 60_000
/** The longest lock: an admin can lift it sooner on the accounts screen. */
const LONGEST_LOCK_MS = 15 * 60_000

/** Whole minutes (rounded up) until the lock ends; 0 when the account is not locked. */
export function lockedMinutes(u: Pick<UserRecord, 'lockedUntil'>, now: Date): number {
  if (!u.lockedUntil) return 0
  const left = Date.parse(u.lockedUntil) - now.getTime()
  // Further off than the longest lock and the store's hour of slack: it was stamped while the
  // clock ran ahead, and the clock has been put right since. Kept, it would lock the account
  // until that day (the admin too, who alone could lift it); the screen's own wait still slows
  // a guesser. A clock put back a little (a time sync) keeps a fresh lock.
  if (left > LONGEST_LOCK_MS + CLOCK_SLACK_MS) return 0
  return left > 0 ? Math.ceil(left / 60_000) : 0
}

/** The message a cadre sees, in plain words. */
export function lockMessage(minutes: number): string {
  return `密码错误次数过多，请在${minutes}分钟后再试，或请管理员解除锁定`
}

/** How long a lock counts towards the next one's length. */
const LOCKS_REMEMBERED_MS = 24 * 3_600_000
/** Lock times kept: enough to reach the longest lock. */
const LOCKS_KEPT = LONGEST_LOCK_MS / LOCK_STEP_MS

/** When the account was locked within the last day (a time far ahead of the clock not counted). */
export function recentLocks(u: Pick<UserRecord, 'lockTimes'>, now: Date): string[] {
  return (u.lockTimes ?? []).filter((t) => {
    const ago = now.getTime() - Date.parse(t)
    return ago < LOCKS_REMEMBERED_MS && ago > -CLOCK_SLACK_MS
  })
}

/**
 * The lock state after one more wrong password: every 10th in a row locks, 5 min for the day's
 * first lock, 10 for its second, then 15. The locks of the last 24 hours decide, not the count
 * of wrong PINs: an admin lifting a lock (or a right PIN) empties that count, but does not start
 * a guesser at 5 minutes again.
 */
export function afterFailure(
  u: Pick<UserRecord, 'failedCount' | 'lockTimes'>,
  now: Date,
): Pick<UserRecord, 'failedCount' | 'lockedUntil' | 'lockTimes'> {
  const failedCount = u.failedCount + 1
  if (failedCount % MAX_FAILS !== 0) {
    return { failedCount, lockedUntil: '', ...(u.lockTimes ? { lockTimes: u.lockTimes } : {}) }
  }
  const earlier = recentLocks(u, now)
  const ms = Math.min(LOCK_STEP_MS * (earlier.length + 1), LONGEST_LOCK_MS)
  return {
    failedCount,
    lockedUntil: new Date(now.getTime() + ms).toISOString(),
    lockTimes: [...earlier, now.toISOString()].slice(-LOCKS_KEPT),
  }
}
