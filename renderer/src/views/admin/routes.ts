/**
 * The cadre workspace's routes and the guard in front of them. The guard only decides what
 * to show; core checks the session and role again on every call.
 */
import type { Router, RouteRecordRaw } from 'vue-router'
import type { Role } from '../../../../contract'
import { ADMIN_AREAS } from '../../admin-nav'
import { useAuthStore } from '../../stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs a logged-in cadre; `roles` narrows it further. */
    staff?: boolean
    roles?: readonly Role[]
  }
}

const STAFF: readonly Role[] = ['clerk', 'supervisor', 'admin']

const areaRoutes: RouteRecordRaw[] = ADMIN_AREAS.flatMap((a) => [
  { path: a.key, name: `admin-${a.key}`, component: a.component, meta: { roles: a.roles } },
  ...(a.routes ?? []).map((r) => ({ ...r, meta: { roles: a.roles, ...r.meta } }) as RouteRecordRaw),
])

/** /login, /setup and everything under /admin. */
export const adminRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./auth/LoginView.vue') },
  { path: '/setup', name: 'setup', component: () => import('./auth/SetupView.vue') },
  {
    path: '/admin',
    component: () => import('./AdminShell.vue'),
    meta: { staff: true },
    children: [
      { path: '', name: 'admin-home', component: () => import('./auth/AdminHome.vue') },
      ...areaRoutes,
      {
        path: 'users',
        name: 'admin-users',
        component: () => import('./auth/UsersView.vue'),
        meta: { roles: ['admin'] },
      },
      {
        path: 'password',
        name: 'admin-password',
        component: () => import('./auth/PasswordView.vue'),
      },
      {
        path: 'verify',
        name: 'admin-verify',
        component: () => import('./auth/VerifyView.vue'),
        meta: { roles: ['supervisor', 'admin'] },
      },
      {
        path: 'demo',
        name: 'admin-leave-demo',
        component: () => import('./auth/LeaveDemoView.vue'),
        meta: { roles: ['admin'] },
      },
      {
        path: 'history/:coll/:id',
        name: 'admin-history',
        component: () => import('./auth/HistoryView.vue'),
        props: true,
      },
    ],
  },
]

/** Sends cadres to login, villagers of an unset village to setup, and a role to what it may see. */
export function installAuthGuard(router: Router): void {
  router.beforeEach(async (to) => {
    // The 乡镇汇总 console has no village of its own to set up and no login.
    if (to.meta.desk) return true
    const auth = useAuthStore()
    if (to.matched.some((r) => r.meta.staff)) {
      const me = await auth.check()
      if (!me) return { name: 'login', query: { next: to.fullPath } }
      const roles = to.matched.reduce<readonly Role[]>((acc, r) => r.meta.roles ?? acc, STAFF)
      if (!roles.includes(me.role)) return { name: 'admin-home' }
      return true
    }
    if (to.name === 'login' && (await auth.check())) return { name: 'admin-home' }
    const status = await auth.setupStatus(to.name === 'setup')
    if (to.name === 'setup') return status?.needsSetup ? true : { name: 'home' }
    if (status?.needsSetup && to.name !== 'login') return { name: 'setup' }
    return true
  })
}
