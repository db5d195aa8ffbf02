/** Public detail views of the records that existed before issue 3: projects, matters, notices. */
import type { LedgerEntryView } from './ledger'
import type { MatterCard } from './matters'
import type { GongshiRow, NoticeCard } from './notices'
import type { Milestone, ProjectCard } from './projects'
import type { Revision } from './revision'

/** 项目进度 detail: spent comes from published ledger lines linked to the project, never typed. */
export interface ProjectView extends ProjectCard {
  fundSource: string
  contractor: string
  procurement: string
  location: string
  startDate?: string
  endDate?: string
  summary: string
  /** Oldest first, for the timeline; photos are attachment names (may be empty). */
  milestones: Milestone[]
  /** budget − spent (negative when over budget). */
  remainingFen: number
  /** spent / budget in whole percent; null when the budget is 0. */
  spentPercent: number | null
  overBudget: boolean
  /** The linked ledger lines, oldest first. */
  entries: LedgerEntryView[]
  /** The 四议两公开 matter that decided it, when published. */
  matter: MatterCard | null
  revision: Revision
}

/** One of the six 四议两公开 steps; a step not yet held has done: false and zero counts. */
export interface MatterStepView {
  index: number
  name: string
  done: boolean
  date: string
  due: number
  present: number
  votesFor: number
  votesAgainst: number
  abstain: number
  content: string
  signatures: string[]
  /** Plain-words rule checks for this step (empty when it follows the rules). */
  checks: string[]
  /** ③ or ④ held with its numbers and without its majority: 未通过, an outcome (voteNotPassed). */
  notPassed: boolean
  /** Whether any of `checks` is a rule break: any check but the vote not passing itself. */
  broken: boolean
}

export interface MatterView extends MatterCard {
  summary: string
  /** Always six, in order. */
  steps: MatterStepView[]
  /** Every rule break of every step, in step order (empty when all is in order). */
  ruleChecks: string[]
  /** Published projects this matter decided. */
  projects: Array<{ id: string; name: string }>
  revision: Revision
}

/** A notice card with what a list shows of a 公示's countdown. */
export interface NoticeListCard extends NoticeCard {
  /** Days left including today for a 公示 in its window; 0 once ended; null for others. */
  daysLeft: number | null
  rowCount: number
}

/** The first page of both notice lists; the totals and latest date are over the whole lists. */
export interface NoticeLists {
  /** In their validity window today: pinned first, then newest. */
  current: NoticeListCard[]
  /** Ended (validTo before today), newest end first. */
  archive: NoticeListCard[]
  currentTotal: number
  archiveTotal: number
  /** Newest start among the current ones, for 最后更新; null when none. */
  latest: string | null
}

/** Which notice list a page is of. */
export type NoticePart = 'current' | 'archive'

/** A 公示's window relative to today in the village (Asia/Shanghai). */
export interface Countdown {
  start: string
  end: string
  /** Days left including today: the last day is 1; before the start, the whole length; after, 0. */
  daysLeft: number
  state: 'upcoming' | 'open' | 'ended'
}

export interface NoticeView extends NoticeListCard {
  body: string
  objection: string
  /** Masked names only (张*明); no ID, bank or phone number. */
  rows: GongshiRow[]
  totalFen: number
  /** For 公示 with an end date; null otherwise. */
  countdown: Countdown | null
  expired: boolean
  revision: Revision
}
