/** Storage health for cadres. */
import type { StorageAlert } from '../schemas/home'
import { method, None } from './define'

export const systemApi = {
  'system.alerts': method(None, ['admin', 'supervisor']).returns<StorageAlert[]>(),
} as const
