import { createRouter, type RouteRecordRaw } from 'vue-router'
import HomeView from '../views/public/HomeView.vue'
import { adminDoor } from './admin-door'
import { installAuthGuard } from './auth-guard'
import { createKioskHistory } from './kiosk-history'
import { sectionRoutes } from './public-sections'
import { questionRoutes } from '../views/public/questions/routes'
import { printRoutes } from '../views/print/routes'
import { townshipRoutes } from '../views/township/routes'
import { installTownshipStart } from '../views/township/start'

/** Shaped like 2026-03 or 2026-Q1 (vue-router's param regex allows no groups; core checks the rest). */
const PERIOD = '\\d{4}-[0-9Q][0-9]'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  {
    path: '/finance',
    name: 'finance',
    component: () => import('../views/public/FinanceView.vue'),
    // 上一期/下一期 keep the period picker on screen; the view reloads on its own (it watches).
    meta: { followsParams: true },
  },
  {
    path: `/finance/:period(${PERIOD})`,
    name: 'finance-period',
    component: () => import('../views/public/FinanceView.vue'),
    props: true,
    meta: { followsParams: true },
  },
  {
    path: '/finance/entry/:id',
    name: 'finance-entry',
    component: () => import('../views/public/EntryDetailView.vue'),
    props: true,
  },
  {
    path: '/checkpoint',
    name: 'checkpoint',
    component: () => import('../views/public/CheckpointView.vue'),
  },
  ...sectionRoutes,
  ...questionRoutes,
  ...printRoutes,
  ...townshipRoutes,
  { path: '/:rest(.*)*', redirect: '/' },
]

/** Hash addresses: the app is served from app:// (or a test host) with no server to rewrite paths. */
export function createKioskRouter() {
  const router = createRouter({ history: createKioskHistory(), routes })
  for (const door of adminDoor(router)) router.addRoute(door)
  installTownshipStart(router)
  installAuthGuard(router)
  return router
}
