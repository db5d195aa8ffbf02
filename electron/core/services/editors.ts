/**
 * Who besides its author changed a record before it was signed. A signer may not sign their own
 * work, and a figure one changed in a colleague's line is one's own work too: a clerk who edited
 * a line and was later given the 监委 role may not sign it.
 */
import type { PersonRef } from '../../../contract'

interface Authored {
  createdBy: PersonRef
  editedBy?: PersonRef[]
}

/** `{ editedBy }` for a record `old` as changed by `actor`, now written by `author`. */
export function editorsAfter(
  old: Authored,
  actor: PersonRef,
  author: PersonRef = old.createdBy,
): { editedBy?: PersonRef[] } {
  const list = [...(old.editedBy ?? [])]
  for (const p of [old.createdBy, actor]) {
    if (p.id !== author.id && !list.some((e) => e.id === p.id)) list.push(p)
  }
  const others = list.filter((p) => p.id !== author.id)
  return others.length ? { editedBy: others } : {}
}

/** Whether `signer` wrote or changed the record. */
export function wroteOrChanged(r: Partial<Authored>, signer: PersonRef): boolean {
  return r.createdBy?.id === signer.id || !!r.editedBy?.some((p) => p.id === signer.id)
}
