/**
 * The 账目 area's further screens, below /admin (the area's own /admin/ledger comes from
 * admin-nav.ts). Each screen loads on first visit.
 */
import type { RouteRecordRaw } from 'vue-router'

/** Shaped like 2026-03 or 2026-Q1 (core checks the rest). */
const PERIOD = '\\d{4}-[0-9Q][0-9]'
const form = () => import('./LedgerEntryFormView.vue')

/** Routes of the cadres' ledger workflow, relative to /admin. */
export const ledgerAdminRoutes: RouteRecordRaw[] = [
  {
    path: 'ledger/corrections',
    name: 'admin-ledger-corrections',
    component: () => import('./LedgerCorrectionsView.vue'),
  },
  {
    path: `ledger/:period(${PERIOD})`,
    name: 'admin-ledger-period',
    component: () => import('./LedgerPeriodView.vue'),
    props: true,
  },
  {
    path: `ledger/:period(${PERIOD})/new`,
    name: 'admin-ledger-new',
    component: form,
    props: (r) => ({ period: r.params.period, mode: 'new' }),
    meta: { roles: ['clerk', 'admin'] },
  },
  {
    path: `ledger/:period(${PERIOD})/photos`,
    name: 'admin-ledger-photos',
    component: () => import('./photos/VoucherPhotosView.vue'),
    props: true,
    meta: { roles: ['clerk', 'admin'] },
  },
  {
    path: `ledger/:period(${PERIOD})/entry/:id`,
    name: 'admin-ledger-entry',
    component: () => import('./LedgerEntryView.vue'),
    props: true,
  },
  {
    path: `ledger/:period(${PERIOD})/entry/:id/edit`,
    name: 'admin-ledger-edit',
    component: form,
    props: (r) => ({ period: r.params.period, id: r.params.id, mode: 'edit' }),
    meta: { roles: ['clerk', 'admin'] },
  },
  {
    path: `ledger/:period(${PERIOD})/entry/:id/correct`,
    name: 'admin-ledger-correct',
    component: form,
    props: (r) => ({ period: r.params.period, id: r.params.id, mode: 'correct' }),
    meta: { roles: ['clerk', 'admin'] },
  },
  {
    path: `ledger/:period(${PERIOD})/entry/:id/revise`,
    name: 'admin-ledger-revise',
    component: form,
    props: (r) => ({ period: r.params.period, id: r.params.id, mode: 'revise' }),
    meta: { roles: ['clerk', 'admin'] },
  },
]
