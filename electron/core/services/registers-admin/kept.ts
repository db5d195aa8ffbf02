/**
 * What a published register record is: the fields a correction may not change. A correction
 * changes figures, never which year, kind or register the record belongs to: moved, it would
 * leave the earlier place with no line and no 已更正 (a loan turned 应收 drops out of the 借入
 * total; a 征地补偿 list turned 一事一议 would show recipients' names in full).
 */
import { FieldErrors } from '../records/field-errors'
import type { Content } from '../records/workflow'

export type RegisterColl = 'budget' | 'assets' | 'debts' | 'distributions' | 'specials'

const YEAR_KEPT = '更正不能改变计划所属的年度'
const KIND_KEPT = '更正不能改变这条记录的类别'

/** Per register, each field a correction keeps and the message shown on it when changed. */
const KEPT: { [C in RegisterColl]: Partial<Record<keyof Content<C>, string>> } = {
  budget: { year: YEAR_KEPT, direction: KIND_KEPT, category: KIND_KEPT },
  distributions: { year: YEAR_KEPT },
  debts: { kind: KIND_KEPT },
  assets: { type: KIND_KEPT },
  specials: { kind: KIND_KEPT },
}

/** Adds a message on every kept field a correction changed; nothing for a new record. */
export function addKeptErrors<C extends RegisterColl>(
  errors: FieldErrors,
  coll: C,
  c: Content<C>,
  original?: Content<C>,
): void {
  if (!original) return
  const kept = KEPT[coll] as Partial<Record<keyof Content<C>, string>>
  for (const field of Object.keys(kept) as (keyof Content<C> & string)[]) {
    if (c[field] !== original[field]) errors.add(field, kept[field]!)
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
