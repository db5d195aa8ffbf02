/**
 * The 乡镇汇总 console: a desk screen for township staff, shown without the kiosk's header,
 * footer and idle reset (meta.desk). On a machine started in township mode, / leads here.
 */
import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** A desk screen: the shell shows it bare, with no kiosk idle reset. */
    desk?: boolean
  }
}

export const townshipRoutes: RouteRecordRaw[] = [
  {
    path: '/township',
    name: 'township',
    component: () => import('./TownshipView.vue'),
    meta: { desk: true },
  },
]
