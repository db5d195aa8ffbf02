/** The audit trail as cadres read it: who changed a record, when and how; and the chain check. */
import { z } from 'zod'
import { Id } from './common'
import type { Checkpoint } from './home'

/** Which record's history to show: a collection name and the record's id. */
export const HistoryQuery = z
  .object({
    coll: z.string().regex(/^[a-z][A-Za-z]{0,40}$/, '记录类别不对'),
    id: Id,
  })
  .strict()

/** One field that changed, values already in words (amounts in 元, secrets hidden). */
export interface FieldChange {
  field: string
  label: string
  from: string
  to: string
}

/** One journal entry touching the record. */
export interface HistoryItem {
  seq: number
  at: string
  /** Who did it; null for the system (demo load, automatic bookkeeping). */
  actor: string | null
  action: string
  /** The action in plain words, e.g. 提交审核. */
  actionLabel: string
  kind: 'create' | 'update' | 'delete'
  /** One line, e.g. "修改：金额、摘要". */
  summary: string
  changes: FieldChange[]
}

/** Result of checking every link of the journal's hash chain. */
export interface ChainReport {
  ok: boolean
  entries: number
  head: Checkpoint
  /** The first entry that fails, with the reason in plain Chinese. */
  firstBad?: { seq: number; line: number; reason: string }
  /**
   * Set when the kiosk stopped at a bad line on start: screens show records up to `seq`, saves
   * are refused, and the journal as found is kept in the data folder under `evidence`.
   */
  halted?: { seq: number; evidence: string }
  /** Records checked against the journal alone (set when the chain itself is whole). */
  records?: number
  /**
   * The first record the data files hold otherwise than the journal says: a file edited outside
   * the program. `ok` is false then; `message` says it in plain Chinese.
   */
  recordsBad?: { coll: string; id: string; message: string }
}
