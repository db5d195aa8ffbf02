/** Every workflow record type the screens serve, by its API prefix. */
import type { WorkflowKind } from '../../../../../../contract/schemas/records-admin'
import { assetKind } from './assets'
import { budgetKind } from './budget'
import { debtKind } from './debts'
import { distributionKind } from './distributions'
import { matterKind } from './matters'
import { meetingKind } from './meetings'
import { noticeKind } from './notices'
import { projectKind } from './projects'
import { specialKind } from './specials'
import type { ConvertWords } from './convert'
import type { AnyRecord, Fact, FactTable, RecordOf, Translate } from './types'

export const KINDS = {
  projects: projectKind,
  matters: matterKind,
  meetings: meetingKind,
  notices: noticeKind,
  budget: budgetKind,
  assets: assetKind,
  debts: debtKind,
  distributions: distributionKind,
  specials: specialKind,
} as const

export { areaOf, kindPath, KIND_ORDER, RECORD_KINDS, REGISTER_KINDS, type KindArea } from './areas'

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
