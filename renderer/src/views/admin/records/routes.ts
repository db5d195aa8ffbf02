/**
 * The record screens below /admin (the areas' own /admin/records, /admin/members and
 * /admin/settings come from admin-nav.ts). Only the record types of the workflow match :kind.
 */
import type { RouteRecordRaw } from 'vue-router'
import { RECORD_KINDS, REGISTER_KINDS } from './kinds/areas'

const KEEPERS = ['clerk', 'admin'] as const
const form = () => import('./RecordFormView.vue')
const dutyForm = () => import('./duties/DutyFormView.vue')

/**
 * The list, new, detail, edit and correct screens of some record types below /admin/<area>;
 * route names are `admin-<name>-list`, `admin-<name>-new` … (`admin-<name>` for the detail).
 */
export function kindRoutes(area: string, name: string, kinds: readonly string[]): RouteRecordRaw[] {
  const KIND = `:kind(${kinds.join('|')})`
  return [
    {
      path: `${area}/${KIND}`,
      name: `admin-${name}-list`,
      component: () => import('./RecordListView.vue'),
      props: true,
    },
    {
      path: `${area}/${KIND}/new`,
      name: `admin-${name}-new`,
      component: form,
      props: (r) => ({ kind: r.params.kind, mode: 'new' }),
      meta: { roles: KEEPERS },
    },
    {
      path: `${area}/${KIND}/:id`,
      name: `admin-${name}`,
      component: () => import('./RecordDetailView.vue'),
      props: true,
    },
    {
      path: `${area}/${KIND}/:id/edit`,
      name: `admin-${name}-edit`,
      component: form,
      props: (r) => ({ kind: r.params.kind, id: r.params.id, mode: 'edit' }),
      meta: { roles: KEEPERS },
    },
    {
      path: `${area}/${KIND}/:id/correct`,
      name: `admin-${name}-correct`,
      component: form,
      props: (r) => ({ kind: r.params.kind, id: r.params.id, mode: 'correct' }),
      meta: { roles: KEEPERS },
    },
  ]
}

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
  ...kindRoutes('records', 'record', RECORD_KINDS),
]

/** The 财务登记 area's screens: the finance registers on the same record screens. */
export const registerRoutes: RouteRecordRaw[] = kindRoutes('registers', 'register', REGISTER_KINDS)

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
