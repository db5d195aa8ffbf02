/** What the record screens know about each workflow record type, so one set of screens serves all. */
import type {
  Asset,
  BudgetLine,
  Debt,
  Distribution,
  Input,
  Matter,
  Meeting,
  Notice,
  Project,
  Special,
} from '../../../../../../contract'
import type { WorkflowKind } from '../../../../../../contract/schemas/records-admin'
import type { ConvertWords } from './convert'

export interface RecordOf {
  projects: Project
  matters: Matter
  meetings: Meeting
  notices: Notice
  budget: BudgetLine
  assets: Asset
  debts: Debt
  distributions: Distribution
  specials: Special
}
export type AnyRecord = RecordOf[WorkflowKind]

/** What a save sends besides the id: the record's content. */
export type ContentOf<K extends WorkflowKind> = Omit<Input<`${K}.save`>, 'id' | 'reason'>

/** A fact of a record for its detail screen: an i18n label key and the value as text. */
export interface Fact {
  label: string
  value: string
}

/** A list inside a record (节点, 步骤, 名单) shown as a table on its detail screen. */
export interface FactTable {
  label: string
  head: string[]
  rows: string[][]
}

export interface KindDef<K extends WorkflowKind, D> {
  kind: K
  blank(today: string): D
  fromRecord(r: RecordOf[K]): D
  /** The content to send, and typed-text problems (numbers, amounts) by field path. */
  toInput(d: D, words: ConvertWords): { input: ContentOf<K>; errors: Record<string, string> }
  title(r: RecordOf[K]): string
  /** A line under the title in lists: stage, date, kind … */
  subtitle(r: RecordOf[K], t: Translate): string
  facts(r: RecordOf[K], t: Translate): Fact[]
  tables(r: RecordOf[K], t: Translate): FactTable[]
}

/** The bits of the i18n t the kinds use, so they stay plain functions. */
export type Translate = (key: string, params?: Record<string, unknown>) => string
