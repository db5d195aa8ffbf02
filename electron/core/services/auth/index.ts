/** Every handler of contract/api/auth.ts, bound to the core that owns the store. */
import type { SetupStatus } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import { accountEventHandlers } from './account-events'
import { auditHandlers } from './audit'
import { leaveDemoHandlers, type StoreHooks } from './leave-demo'
import { loginHandlers } from './login'
import { setupHandlers } from './setup'
import { userHandlers } from './users'

export type { StoreHooks } from './leave-demo'

/** Methods this module answers: logins, accounts, first-run setup and the audit trail. */
export type AuthMethod =
  | 'auth.login'
  | 'auth.logout'
  | 'auth.me'
  | 'auth.roster'
  | 'auth.users'
  | 'auth.saveUser'
  | 'auth.unlock'
  | 'auth.changePassword'
  | 'auth.loginWait'
  | 'auth.supervisorChange'
  | 'setup.status'
  | 'setup.begin'
  | 'setup.leaveDemo'
  | 'audit.history'
  | 'audit.verify'
  | 'audit.accounts'

/**
 * The handlers; `hooks` lets setup.leaveDemo swap the store under core, `mode` is what
 * setup.status tells the first screen (kiosk, or the township console).
 */
export function authHandlers(
  hooks: StoreHooks,
  mode: SetupStatus['mode'] = 'kiosk',
): HandlerGroup<AuthMethod> {
  return {
    ...loginHandlers,
    ...userHandlers,
    ...setupHandlers(mode),
    ...leaveDemoHandlers(hooks),
    ...auditHandlers,
    ...accountEventHandlers,
  }
}
