/**
 * The fields a record form shows read-only: on a correction (filed now, or its draft opened
 * again), those contract/correction-kept.ts says a correction keeps from the published version,
 * each with core's words. Core refuses a change to them; the form does not offer one.
 */
import { keptOnCorrection } from '../../../../../contract'
import type { WorkflowKind } from '../../../../../contract/schemas/records-admin'
import type { AnyRecord } from './kinds/types'
import type { FormMode } from './use-record-form'

/**
 * `record` is the one the form opened (the published version for 'correct', the draft for
 * 'edit'); `earlier` the published version a correction's draft replaces, when loaded.
 */
export function lockedFields(
  kind: WorkflowKind,
  mode: FormMode,
  record: AnyRecord | null,
  earlier: AnyRecord | null,
): Readonly<Record<string, string>> {
  if (!record) return {}
  if (mode === 'correct') return keptOnCorrection(kind, record)
  // A correction's draft was filed with the published values in these fields (core saw to it).
  if (mode === 'edit' && record.supersedes) return keptOnCorrection(kind, earlier ?? record)
  return {}
}
