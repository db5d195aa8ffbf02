/**
 * The 核验 lists a restore must not wipe: every restore, every recovery code made and every
 * clock confirmation. They live among the data a restore replaces, so the live ones an older
 * archive lacks are carried into the restored data, journaled with the restore itself.
 */
import { canonicalJson } from '../../../store/canonical'
import type { Store } from '../../../store/types'
import { stamp } from './summary'

/** One live record to keep, keyed as it is stored. */
export interface KeptRecord {
  coll: 'restores' | 'recoveryCodes' | 'clockFixes'
  id: string
  value: unknown
}

/** Every record of those lists in the live data (a restore is keyed by its time, restore.ts). */
export function keptRecords(store: Store): KeptRecord[] {
  return [
    ...store.all('restores').map((value) => ({
      coll: 'restores' as const,
      id: stamp(new Date(value.at)),
      value,
    })),
    ...store
      .all('recoveryCodes')
      .map((v) => ({ coll: 'recoveryCodes' as const, id: v.id, value: v })),
    ...store.all('clockFixes').map((v) => ({ coll: 'clockFixes' as const, id: v.id, value: v })),
  ]
}

/** Those the restored data does not hold already (by key or by the same content). */
export function missingFrom(store: Store, kept: readonly KeptRecord[]): KeptRecord[] {
  const held = new Map<string, Set<string>>()
  const heldIn = (coll: KeptRecord['coll']) => {
    let set = held.get(coll)
    if (!set) held.set(coll, (set = new Set(store.all(coll).map((v) => canonicalJson(v)))))
    return set
  }
  return kept.filter((k) => !store.get(k.coll, k.id) && !heldIn(k.coll).has(canonicalJson(k.value)))
}
