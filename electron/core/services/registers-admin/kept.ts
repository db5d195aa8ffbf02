/**
 * What a published register record is: the fields a correction may not change. Which fields,
 * and the words for each, live in contract/correction-kept.ts, where the correction forms read
 * them too and show those fields read-only: the screen and core cannot disagree.
 */
import { changedKept } from '../../../../contract'
import { FieldErrors } from '../records/field-errors'
import type { Content } from '../records/workflow'

export type RegisterColl = 'budget' | 'assets' | 'debts' | 'distributions' | 'specials'

/** Adds a message on every kept field a correction changed; nothing for a new record. */
export function addKeptErrors<C extends RegisterColl>(
  errors: FieldErrors,
  coll: C,
  c: Content<C>,
  original?: Content<C>,
): void {
  if (!original) return
  for (const [field, message] of Object.entries(changedKept(coll, c, original))) {
    errors.add(field, message)
  }
}

/**
 * Refuses a correction that changed a kept field: checked when it is filed or saved (prepare)
 * and again when it is submitted and signed (goingPublic), since an older app may have stored it.
 */
export function assertKept<C extends RegisterColl>(
  coll: C,
  c: Content<C>,
  original?: Content<C>,
): void {
  const errors = new FieldErrors()
  addKeptErrors(errors, coll, c, original)
  errors.throwIfAny()
}
