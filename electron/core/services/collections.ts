import type { CollectionName } from '../store/types'

/**
 * Every collection the public sees, for "is the store empty" and "when did anything last
 * change" (accounts and setup state are left out: a login is not a village update).
 */
export const ALL_COLLECTIONS: readonly CollectionName[] = [
  'village',
  'members',
  'settings',
  'ledger',
  'sheets',
  'projects',
  'matters',
  'notices',
  'budget',
  'assets',
  'debts',
  'distributions',
  'specials',
  'meetings',
  'duties',
  'questions',
]
