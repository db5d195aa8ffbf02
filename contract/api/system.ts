/** Storage health, the shell's incident log, and the one sanctioned way out of kiosk mode. */
import type { ClockFix, ClockState } from '../schemas/clock'
import type { Incident, StorageAlert } from '../schemas/home'
import { method, None } from './define'

export const systemApi = {
  'system.alerts': method(None, ['admin', 'supervisor']).returns<StorageAlert[]>(),
  /** Whether saves stop because the clock reads earlier than the last save (every cadre sees why). */
  'system.clock': method(None, ['clerk', 'supervisor', 'admin']).returns<ClockState>(),
  /** The admin says the clock is right now: journaled, and saves go on from this time. */
  'system.clockConfirm': method(None, ['admin']).returns<ClockFix>(),
  'system.clockFixes': method(None, ['admin', 'supervisor']).returns<ClockFix[]>(),
  'system.incidents': method(None, ['admin']).returns<Incident[]>(),
  'system.quit': method(None, ['admin']).returns<{ quitting: true }>(),
} as const
