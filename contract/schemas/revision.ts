/** What every public detail view says about a record's version, so corrections stay visible. */
import type { NoticeKind } from './notices'

/** One row of a 公示 or 专项公开 list, as shown: the masked name, group, reason and amount. */
export interface RowLine {
  name: string
  group: string
  note: string
  amountFen: number
}

/**
 * One fact of an earlier version, typed so the screen puts it in words (money as ¥ and 大写,
 * dates as dates) and core alone decides which facts a correction changed.
 */
export type CorrectedValue =
  | { type: 'text'; text: string }
  | { type: 'fen'; fen: number }
  | { type: 'date'; date: string }
  | { type: 'count'; count: number }
  | { type: 'percent'; percent: number }
  | { type: 'yesNo'; yes: boolean }
  | { type: 'noticeKind'; kind: NoticeKind }
  | {
      type: 'rows'
      count: number
      totalFen: number
      /** Every row, for comparing in core; never sent (gone and added are). */
      lines?: RowLine[]
      /** Rows the earlier list had that the current one has not (a person removed or changed). */
      gone?: RowLine[]
      /** Rows the current list has that the earlier one had not. */
      added?: RowLine[]
    }
  | {
      type: 'milestones'
      items: Array<{
        date: string
        title: string
        note: string
        /** The milestone's photos (stored file names) in the earlier version. */
        photos: string[]
        /** Set when the current version has this milestone with other photos. */
        photosChanged?: boolean
      }>
    }
  | {
      type: 'step'
      date: string
      due: number
      present: number
      votesFor: number
      votesAgainst: number
      abstain: number
      content: string
      /** The step's 签字表 scans (stored file names) in the earlier version. */
      signatures: string[]
      /** Set when the current version's step has other scans. */
      signaturesChanged?: boolean
    }

/** Which fact it is; the screen has one label for each (step0…step5 are the six 四议两公开 steps). */
export const CORRECTED_FIELDS = [
  'name',
  'title',
  'topic',
  'kind',
  'stage',
  'percent',
  'budget',
  'fundSource',
  'contractor',
  'procurement',
  'location',
  'startDate',
  'endDate',
  'date',
  'place',
  'due',
  'present',
  'summary',
  'body',
  'minutes',
  'objection',
  'validFrom',
  'validTo',
  'pinned',
  'rows',
  'milestones',
  'project',
  'matter',
  'step0',
  'step1',
  'step2',
  'step3',
  'step4',
  'step5',
] as const
export type CorrectedField = (typeof CORRECTED_FIELDS)[number]

/** What the earlier version said about one fact; `{ type: 'text', text: '' }` means it was empty. */
export interface CorrectedFact {
  field: CorrectedField
  value: CorrectedValue
}

/** 已更正 on the public page: when it was published, by whom, and which version it replaced. */
export interface Revision {
  version: number
  publishedAt: string
  /** Name of the 监委 member who signed it ('' when unknown). */
  publishedBy: string
  /**
   * Set when this version corrects an earlier one: why, when the correction was signed, the
   * earlier version's id, and what it said wherever it differs from this one (page order).
   */
  correction?: { reason: string; at: string; earlierId: string; earlier: CorrectedFact[] }
  /** Set on an earlier version that a published correction replaced. */
  replacedBy?: string
}
