/** Pure pickers for the home screen's cards: which matters, notices and projects to show. */
import { STEP_NAMES } from '../../../contract'
import { failedVote } from '../../../contract/matter-decision'
import { villageDate } from '../../../contract/village-time'
import type {
  Matter,
  MatterCard,
  Notice,
  NoticeCard,
  Project,
  ProjectCard,
} from '../../../contract'

/** Index of the furthest 四议两公开 step on record, -1 when none has happened. */
export function stepReached(m: Pick<Matter, 'steps'>): number {
  return m.steps.reduce((max, s) => Math.max(max, s.index), -1)
}

/** The village's day (UTC+8) of a stored moment; one that is no time is cut as written. */
const dayOf = (at: string) => (Number.isNaN(Date.parse(at)) ? at.slice(0, 10) : villageDate(at))

/**
 * A decision card dated by its furthest step, so the newest progress comes first; it says when
 * the 党员大会 or 村民代表会议 vote did not pass, so no tile reads a failed vote as progress.
 */
export function matterCard(m: Matter): MatterCard {
  const reached = stepReached(m)
  const step = m.steps.find((s) => s.index === reached)
  const voteFailed = failedVote(m.steps)
  return {
    id: m.id,
    title: m.title,
    reached,
    reachedName: STEP_NAMES[reached] ?? '尚未开始',
    date: step?.date ?? dayOf(m.publishedAt ?? m.createdAt),
    ...(voteFailed ? { voteFailed } : {}),
  }
}

/** Whether a notice is in its validity window on `today` (both ends inclusive). */
export function noticeIsCurrent(n: Pick<Notice, 'validFrom' | 'validTo'>, today: string): boolean {
  return n.validFrom <= today && (!n.validTo || n.validTo >= today)
}

/** The card of a notice: no rows, no body, only what a tile shows. */
export function noticeCard(n: Notice): NoticeCard {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    validFrom: n.validFrom,
    ...(n.validTo ? { validTo: n.validTo } : {}),
    pinned: n.pinned,
  }
}

/** Current notices, pinned first, then the newest; at most `limit`. */
export function currentNotices(notices: Notice[], today: string, limit: number): NoticeCard[] {
  return notices
    .filter((n) => noticeIsCurrent(n, today))
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        b.validFrom.localeCompare(a.validFrom) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit)
    .map(noticeCard)
}

/** The latest decisions by the date of their furthest step; at most `limit`. */
export function latestDecisions(matters: Matter[], limit: number): MatterCard[] {
  return matters
    .map(matterCard)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, limit)
}

/** A project tile with what the published ledger says it has spent. */
export function projectCard(p: Project, spentFen: number): ProjectCard {
  return {
    id: p.id,
    name: p.name,
    stage: p.stage,
    percent: p.percent,
    budgetFen: p.budgetFen,
    spentFen,
    updatedAt: p.updatedAt,
  }
}
