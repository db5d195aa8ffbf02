/**
 * The 乡镇汇总 console: a desk screen for township staff, shown without the kiosk's header,
 * footer and idle reset (meta.desk). On a machine started in township mode, / leads here.
 */
import type { Router, RouteRecordRaw } from 'vue-router'
import { call } from '../../api'

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

/** The first screen of an app started in township mode is the console, not the kiosk home. */
export function installTownshipStart(router: Router): void {
  let first = true
  router.beforeEach(async (to) => {
    if (!first) return true
    first = false
    if (to.path !== '/') return true
    const mode = await call('township.identity', {}).then(
      (i) => i.mode,
      () => 'kiosk' as const,
    )
    return mode === 'township' ? { name: 'township' } : true
  })
}
