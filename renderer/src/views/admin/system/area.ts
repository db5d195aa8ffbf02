/** 设备与退出 in the cadre workspace: the incident log and leaving kiosk mode, admin only. */
import type { AdminArea } from '../../../admin-nav'

/** The area line for admin-nav.ts. */
export const systemArea: AdminArea = {
  key: 'system',
  label: 'system.nav',
  roles: ['admin'],
  component: () => import('./SystemView.vue'),
}
