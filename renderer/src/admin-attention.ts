/**
 * What the workspace's first screen shows each role as waiting: each area adds one card here
 * (e.g. the supervisor's sheets waiting for sign-off). A card says "nothing waiting" itself.
 */
import type { Component } from 'vue'
import type { Role } from '../../contract'
import { questionsAttention } from './views/admin/questions/area'

/** One card on the workspace home. */
export interface AttentionCard {
  key: string
  roles: readonly Role[]
  component: () => Promise<Component>
}

/** Cards in display order. Add yours here (one line). */
export const ATTENTION_CARDS: AttentionCard[] = [
  {
    key: 'ledger',
    roles: ['clerk', 'supervisor', 'admin'],
    component: () => import('./views/admin/ledger/PendingCard.vue'),
  },
  {
    key: 'records-pending',
    roles: ['supervisor', 'admin'],
    component: () => import('./views/admin/records/PendingList.vue'),
  },
  {
    key: 'records-returned',
    roles: ['clerk', 'admin'],
    component: () => import('./views/admin/records/ReturnedList.vue'),
  },
  questionsAttention,
]
