/**
 * The cadre workspace's areas: one line per area adds its screen under /admin and its button
 * to the workspace's nav, shown to the roles listed (core checks the roles again on every call).
 */
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '../../contract'
import { ledgerAdminRoutes } from './views/admin/ledger/routes'
import { memberRoutes, recordRoutes, registerRoutes } from './views/admin/records/routes'
import { questionsArea } from './views/admin/questions/area'
import { dataArea } from './views/admin/data/area'
import { systemArea } from './views/admin/system/area'

/** One area of the workspace, e.g. 账目 or 项目. */
export interface AdminArea {
  /** Path below /admin, route name `admin-<key>` and nav test id `admin-nav-<key>`. */
  key: string
  /** i18n key of the nav button's words. */
  label: string
  roles: readonly Role[]
  component: () => Promise<Component>
  /** Further screens of the area, paths relative to /admin (e.g. 'ledger/:period'). */
  routes?: RouteRecordRaw[]
}

/** Areas in nav order. Add yours here (one line). */
export const ADMIN_AREAS: AdminArea[] = [
  {
    key: 'ledger',
    label: 'ledgerAdmin.nav',
    roles: ['clerk', 'supervisor', 'admin'],
    component: () => import('./views/admin/ledger/LedgerHomeView.vue'),
    routes: ledgerAdminRoutes,
  },
  {
    key: 'records',
    label: 'records.nav.records',
    roles: ['clerk', 'supervisor', 'admin'],
    component: () => import('./views/admin/records/RecordsHomeView.vue'),
    routes: recordRoutes,
  },
  {
    key: 'registers',
    label: 'records.nav.registers',
    roles: ['clerk', 'supervisor', 'admin'],
    component: () => import('./views/admin/registers/RegistersHomeView.vue'),
    routes: registerRoutes,
  },
  {
    key: 'members',
    label: 'records.nav.members',
    roles: ['admin'],
    component: () => import('./views/admin/records/members/MembersView.vue'),
    routes: memberRoutes,
  },
  {
    key: 'settings',
    label: 'records.nav.settings',
    roles: ['admin'],
    component: () => import('./views/admin/records/settings/SettingsView.vue'),
  },
  questionsArea,
  dataArea,
  systemArea,
]
