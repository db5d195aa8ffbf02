/**
 * A PIN an admin set (a new account, a reset) is one the admin knows. Until its owner chooses
 * their own, core lets the account do nothing but that (and log out): otherwise an admin could
 * sign as the 监委 with the PIN they handed over.
 */
import type { Method } from '../../../../contract'
import type { Store } from '../../store/types'
import type { UserRecord } from './types'

/** Core's words to an account still holding the admin's PIN, and the screen's. */
export const CHOOSE_OWN_PIN = '这个密码是管理员设的，请先换一个只有你自己知道的密码'

/** What such an account may still call: changing that PIN; logging out and asking who it is. */
const STILL_ALLOWED: ReadonlySet<Method> = new Set<Method>([
  'auth.changePassword',
  'auth.logout',
  'auth.me',
])

/** True while the account's PIN is one someone else set (absent mark: the owner's own). */
export function holdsAdminPin(store: Store, userId: string): boolean {
  const u: UserRecord | undefined = store.get('users', userId)
  return u?.mustChoosePin === true
}

/** Whether a marked account may make this call at all (as itself). */
export function allowedBeforeOwnPin(method: Method): boolean {
  return STILL_ALLOWED.has(method)
}
