/**
 * The record screens below /admin (the areas' own /admin/records, /admin/members and
 * /admin/settings come from admin-nav.ts). Only the record types of the workflow match :kind.
 */
import type { RouteRecordRaw } from 'vue-router'

const KIND = ':kind(projects|matters|meetings|notices)'
const KEEPERS = ['clerk', 'admin'] as const
const form = () => import('./RecordFormView.vue')
const dutyForm = () => import('./duties/DutyFormView.vue')

/** Routes of the records area, relative to /admin. */
export const recordRoutes: RouteRecordRaw[] = [
  {
    path: 'records/duties',
    name: 'admin-duties',
    component: () => import('./duties/DutiesView.vue'),
  },
  {
    path: 'records/duties/new',
    name: 'admin-duty-new',
    component: dutyForm,
    meta: { roles: KEEPERS },
  },
  {
    path: 'records/duties/:id',
    name: 'admin-duty-edit',
    component: dutyForm,
    props: true,
    meta: { roles: KEEPERS },
  },
  {
    path: `records/${KIND}`,
    name: 'admin-record-list',
    component: () => import('./RecordListView.vue'),
    props: true,
  },
  {
    path: `records/${KIND}/new`,
    name: 'admin-record-new',
    component: form,
    props: (r) => ({ kind: r.params.kind, mode: 'new' }),
    meta: { roles: KEEPERS },
  },
  {
    path: `records/${KIND}/:id`,
    name: 'admin-record',
    component: () => import('./RecordDetailView.vue'),
    props: true,
  },
  {
    path: `records/${KIND}/:id/edit`,
    name: 'admin-record-edit',
    component: form,
    props: (r) => ({ kind: r.params.kind, id: r.params.id, mode: 'edit' }),
    meta: { roles: KEEPERS },
  },
  {
    path: `records/${KIND}/:id/correct`,
    name: 'admin-record-correct',
    component: form,
    props: (r) => ({ kind: r.params.kind, id: r.params.id, mode: 'correct' }),
    meta: { roles: KEEPERS },
  },
]

/** The members area's screens (admin only, by the area's roles). */
export const memberRoutes: RouteRecordRaw[] = [
  {
    path: 'members/new',
    name: 'admin-member-new',
    component: () => import('./members/MemberFormView.vue'),
  },
  {
    path: 'members/:id',
    name: 'admin-member-edit',
    component: () => import('./members/MemberFormView.vue'),
    props: true,
  },
]
