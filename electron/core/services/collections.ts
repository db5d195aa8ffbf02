import type { CollectionName } from '../store/types'

/** Every collection, for "is the store empty" and "when did anything last change". */
export const ALL_COLLECTIONS: readonly CollectionName[] = [
  'village',
  'members',
  'settings',
  'ledger',
  'sheets',
  'projects',
  'matters',
  'notices',
]
