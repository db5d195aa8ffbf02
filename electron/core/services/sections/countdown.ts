/** 公示 countdowns and notice lists, as pure functions of the village's today. */
import type {
  Countdown,
  ListPage,
  Notice,
  NoticeListCard,
  NoticeLists,
  NoticePart,
} from '../../../../contract'
import { noticeCard, noticeIsCurrent } from '../home-cards'
import { daysBetween } from './days'
import { pageOf } from './paging'

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

/** Current notices (pinned first, then newest) and the ended ones (newest end first), whole. */
export function noticeParts(
  notices: readonly Notice[],
  today: string,
): Record<NoticePart, Notice[]> {
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
  return { current, archive }
}

/** One page of one part, as cards; 最后更新 is the newest start among the whole part. */
export function noticePage(
  notices: readonly Notice[],
  part: NoticePart,
  today: string,
  window: { offset?: number; limit?: number } = {},
): ListPage<NoticeListCard> {
  return pageOf(
    noticeParts(notices, today)[part],
    window,
    (n) => noticeListCard(n, today),
    (n) => n.validFrom,
  )
}

/** The first page of both parts with their totals: what the 公示公告 screen opens with. */
export function noticeLists(notices: readonly Notice[], today: string): NoticeLists {
  const parts = noticeParts(notices, today)
  const current = pageOf(
    parts.current,
    {},
    (n) => noticeListCard(n, today),
    (n) => n.validFrom,
  )
  const archive = pageOf(
    parts.archive,
    {},
    (n) => noticeListCard(n, today),
    () => undefined,
  )
  return {
    current: current.items,
    archive: archive.items,
    currentTotal: current.total,
    archiveTotal: archive.total,
    latest: current.latest,
  }
}
