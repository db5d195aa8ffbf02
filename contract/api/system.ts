/** Storage health, the shell's incident log, and the one sanctioned way out of kiosk mode. */
import type { Incident, StorageAlert } from '../schemas/home'
import { method, None } from './define'

export const systemApi = {
  'system.alerts': method(None, ['admin', 'supervisor']).returns<StorageAlert[]>(),
  'system.incidents': method(None, ['admin']).returns<Incident[]>(),
  'system.quit': method(None, ['admin']).returns<{ quitting: true }>(),
} as const
