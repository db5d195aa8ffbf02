/** Which workspace area shows each record type, kept free of imports so routes stay light. */
import type { WorkflowKind } from '../../../../../../contract/schemas/records-admin'

/** The 村务记录 area's record types, in display order. */
export const RECORD_KINDS = ['projects', 'matters', 'meetings', 'notices'] as const
/** The 财务登记 area's record types (the registers beside the ledger), in display order. */
export const REGISTER_KINDS = ['budget', 'assets', 'debts', 'distributions', 'specials'] as const
/** Every record type, e.g. for the returned list. */
export const KIND_ORDER: readonly WorkflowKind[] = [...RECORD_KINDS, ...REGISTER_KINDS]

/** The workspace area a record type's screens live in. */
export type KindArea = 'records' | 'registers'
export const areaOf = (k: WorkflowKind): KindArea =>
  (REGISTER_KINDS as readonly string[]).includes(k) ? 'registers' : 'records'

/** A record type's screen path, e.g. kindPath('budget', id, 'edit') → /admin/registers/budget/<id>/edit. */
export function kindPath(k: WorkflowKind, ...rest: string[]): string {
  return ['/admin', areaOf(k), k, ...rest].join('/')
}
