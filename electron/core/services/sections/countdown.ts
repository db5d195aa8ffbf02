/** 公示 countdowns and notice lists, as pure functions of the village's today. */
import type { Countdown, Notice, NoticeListCard, NoticeLists } from '../../../../contract'
import { noticeCard, noticeIsCurrent } from '../home-cards'
import { daysBetween } from './days'

/**
 * Days left in a window including today: the whole length before and on the start day, 1 on
 * the last day, 0 once it has ended.
 */
export function countdown(start: string, end: string, today: string): Countdown {
  if (today > end) return { start, end, daysLeft: 0, state: 'ended' }
  const from = today < start ? start : today
  return {
    start,
    end,
    daysLeft: daysBetween(from, end) + 1,
    state: today < start ? 'upcoming' : 'open',
  }
}

/** A notice's countdown when it is a 公示 with an end date; null otherwise. */
export function noticeCountdown(n: Notice, today: string): Countdown | null {
  return n.kind === 'gongshi' && n.validTo ? countdown(n.validFrom, n.validTo, today) : null
}

/** The list card: the home card plus the 公示 days left and how many rows it lists. */
export function noticeListCard(n: Notice, today: string): NoticeListCard {
  return {
    ...noticeCard(n),
    daysLeft: noticeCountdown(n, today)?.daysLeft ?? null,
    rowCount: n.rows.length,
  }
}

/** Current notices (pinned first, then newest) and the archive of ended ones (newest end first). */
export function noticeLists(notices: readonly Notice[], today: string): NoticeLists {
  const current = notices
    .filter((n) => noticeIsCurrent(n, today))
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        b.validFrom.localeCompare(a.validFrom) ||
        a.id.localeCompare(b.id),
    )
  const archive = notices
    .filter((n) => n.validTo !== undefined && n.validTo < today)
    .sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? '') || a.id.localeCompare(b.id))
  return {
    current: current.map((n) => noticeListCard(n, today)),
    archive: archive.map((n) => noticeListCard(n, today)),
  }
}
