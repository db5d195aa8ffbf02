/** Every workflow record type the screens serve, by its API prefix. */
import type { WorkflowKind } from '../../../../../../contract/schemas/records-admin'
import { matterKind } from './matters'
import { meetingKind } from './meetings'
import { noticeKind } from './notices'
import { projectKind } from './projects'
import type { ConvertWords } from './convert'
import type { AnyRecord, Fact, FactTable, RecordOf, Translate } from './types'

export const KINDS = {
  projects: projectKind,
  matters: matterKind,
  meetings: meetingKind,
  notices: noticeKind,
} as const

/** Display order on the records home and in the nav. */
export const KIND_ORDER: readonly WorkflowKind[] = ['projects', 'matters', 'meetings', 'notices']

/** Whether a route parameter names a record type. */
export const isKind = (k: unknown): k is WorkflowKind =>
  typeof k === 'string' && Object.hasOwn(KINDS, k)

/** A type's definition as the generic screens use it: any record, any draft. */
export interface LooseKind {
  blank(today: string): object
  fromRecord(r: AnyRecord): object
  toInput(d: object, words: ConvertWords): { input: object; errors: Record<string, string> }
  title(r: AnyRecord): string
  subtitle(r: AnyRecord, t: Translate): string
  facts(r: AnyRecord, t: Translate): Fact[]
  tables(r: AnyRecord, t: Translate): FactTable[]
}

/** The definition of one type, widened once here so screens need no casts. */
export function kindDef(k: WorkflowKind): LooseKind {
  return KINDS[k] as unknown as LooseKind
}
export type { AnyRecord, RecordOf }
