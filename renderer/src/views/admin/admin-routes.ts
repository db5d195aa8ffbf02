/**
 * The cadre workspace's routes: everything under /admin. They are added to the router on the
 * first visit (router/admin-door.ts), with the screens' code; the guard in front of them is
 * router/auth-guard.ts.
 */
import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_AREAS } from '../../admin-nav'

const areaRoutes: RouteRecordRaw[] = ADMIN_AREAS.flatMap((a) => [
  { path: a.key, name: `admin-${a.key}`, component: a.component, meta: { roles: a.roles } },
  ...(a.routes ?? []).map((r) => ({ ...r, meta: { roles: a.roles, ...r.meta } }) as RouteRecordRaw),
])

/** /admin and every screen under it. */
export const adminRoute: RouteRecordRaw = {
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
}
