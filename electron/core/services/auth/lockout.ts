/** How wrong passwords lock an account: every 5th in a row locks it, each lock twice as long. */
import type { UserRecord } from './types'

/** Wrong passwords in a row before the account locks. */
export const MAX_FAILS = 5
const FIRST_LOCK_MS = 60_000
/** Doubling stops at an hour: long enough against guessing, short enough for a real cadre. */
const LONGEST_LOCK_MS = 60 * 60_000

/** Whole minutes (rounded up) until the lock ends; 0 when the account is not locked. */
export function lockedMinutes(u: Pick<UserRecord, 'lockedUntil'>, now: Date): number {
  if (!u.lockedUntil) return 0
  const left = Date.parse(u.lockedUntil) - now.getTime()
  return left > 0 ? Math.ceil(left / 60_000) : 0
}

/** The message a cadre sees, in plain words. */
export function lockMessage(minutes: number): string {
  return `密码错误次数过多，请在${minutes}分钟后再试`
}

/** The lock state after one more wrong password: 1 min at the 5th, 2 at the 10th, 4 at the 15th … */
export function afterFailure(
  u: Pick<UserRecord, 'failedCount'>,
  now: Date,
): Pick<UserRecord, 'failedCount' | 'lockedUntil'> {
  const failedCount = u.failedCount + 1
  if (failedCount % MAX_FAILS !== 0) return { failedCount, lockedUntil: '' }
  const locks = failedCount / MAX_FAILS
  const ms = Math.min(FIRST_LOCK_MS * 2 ** (locks - 1), LONGEST_LOCK_MS)
  return { failedCount, lockedUntil: new Date(now.getTime() + ms).toISOString() }
}
