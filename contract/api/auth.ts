/** Login and roles, first-run setup, and the audit trail. Sessions live in core, never in the UI. */
import { z } from 'zod'
import type { ChainReport, HistoryItem } from '../schemas/audit'
import { HistoryQuery } from '../schemas/audit'
import type { AccountEvent, LoginWait, SupervisorChangeNotice } from '../schemas/accounts'
import { UnlockInput } from '../schemas/accounts'
import type { RosterEntry, SessionUser, SetupStatus, UserView } from '../schemas/users'
import { ChangePasswordInput, LoginInput, SaveUserInput, SetupInput } from '../schemas/users'
import { method, None } from './define'

const STAFF = ['clerk', 'supervisor', 'admin'] as const

export const authApi = {
  'auth.login': method(LoginInput, 'public').returns<{ user: SessionUser }>(),
  'auth.logout': method(None, 'public').returns<null>(),
  'auth.me': method(None, 'public').returns<SessionUser | null>(),
  /** Names on the login screen's buttons (active accounts; names are public anyway). */
  'auth.roster': method(None, 'public').returns<RosterEntry[]>(),
  'auth.users': method(None, ['admin']).returns<UserView[]>(),
  'auth.saveUser': method(SaveUserInput, ['admin']).returns<UserView>(),
  /** Lifts a lock after wrong passwords (journaled; listed in 核验). */
  'auth.unlock': method(UnlockInput, ['admin']).returns<UserView>(),
  'auth.changePassword': method(ChangePasswordInput, STAFF).returns<null>(),
  /** Seconds this screen still waits after wrong PINs, for the login screen's countdown. */
  'auth.loginWait': method(None, 'public').returns<LoginWait>(),
  /** The latest 监委 account change no other 监委 confirmed, for the public screens; null if none. */
  'auth.supervisorChange': method(None, 'public').returns<SupervisorChangeNotice | null>(),
  'setup.status': method(None, 'public').returns<SetupStatus>(),
  /** Public only while the village has no accounts and is not the demo. */
  'setup.begin': method(SetupInput, 'public').returns<{ user: SessionUser }>(),
  'setup.leaveDemo': method(
    z.object({ confirm: z.literal(true, { error: '请先确认' }) }).strict(),
    ['admin'],
  ).returns<{ backup: string }>(),
  'audit.history': method(HistoryQuery, STAFF).returns<HistoryItem[]>(),
  'audit.verify': method(None, ['supervisor', 'admin']).returns<ChainReport>(),
  /** Every account change, newest first, for 核验. */
  'audit.accounts': method(None, ['supervisor', 'admin']).returns<AccountEvent[]>(),
} as const
