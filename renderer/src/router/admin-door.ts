/**
 * The door to the cadre workspace: /login, /setup and one placeholder for everything under
 * /admin. The workspace's 44 routes, and the area modules that list them, are added on the
 * first visit: the kiosk's first screen no longer builds a matcher for each (vue-router makes
 * a regular expression per route) for screens most kiosks open a few times a month.
 */
import type { Router, RouteRecordRaw } from 'vue-router'

const DOOR = 'admin-door'

/** Adds the workspace's routes in place of the placeholder (once; later calls only wait). */
export async function openAdmin(router: Router): Promise<void> {
  const { adminRoute } = await import('../views/admin/admin-routes')
  if (!router.hasRoute(DOOR)) return
  router.removeRoute(DOOR)
  router.addRoute(adminRoute)
}

/** /login, /setup, and /admin/… until the workspace is opened. */
export function adminDoor(router: Router): RouteRecordRaw[] {
  return [
    { path: '/login', name: 'login', component: () => import('../views/admin/auth/LoginView.vue') },
    { path: '/setup', name: 'setup', component: () => import('../views/admin/auth/SetupView.vue') },
    {
      path: '/admin/:rest(.*)*',
      name: DOOR,
      // The guard sends a villager to login first, before any of the workspace's code loads.
      meta: { staff: true },
      children: [],
      // Then the same address again, now matched by the workspace's own routes and roles.
      beforeEnter: async (to) => {
        await openAdmin(router)
        return to.fullPath
      },
    },
  ]
}
