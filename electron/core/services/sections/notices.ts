/** 公示公告: current and archived notices, and one notice with its 公示 countdown. */
import type { Notice, NoticeView } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { noticeCountdown, noticeLists, noticeListCard, noticePage } from './countdown'
import { villageToday } from './days'
import { revisionWithFacts } from './corrected'
import { noticeFacts } from './corrected-facts'
import { publicNoticeRows } from './public-rows'
import { currentPublished, publishedById } from './records'

/** A notice as the public reads it; 公示 names are masked again in case one was typed in full. */
export function noticeView(
  n: Notice,
  today: string,
  earlier: (id: string) => Notice | undefined = () => undefined,
): NoticeView {
  return {
    ...noticeListCard(n, today),
    body: n.body,
    objection: n.objection,
    rows: publicNoticeRows(n),
    totalFen: n.rows.reduce((s, r) => s + r.amountFen, 0),
    countdown: noticeCountdown(n, today),
    expired: n.validTo !== undefined && n.validTo < today,
    revision: revisionWithFacts(n, earlier, noticeFacts),
  }
}

const NO_NOTICE = '没有找到这条公告，可能还没有公开'

/**
 * One signed notice as the public reads it, whatever its first day: what a township package
 * carries at signing (a package is never written again later). Not a kiosk answer: see below.
 */
export function signedNotice(store: Store, id: string, today: string): NoticeView {
  return noticeView(publishedById(store, 'notices', id, NO_NOTICE), today, (x) =>
    store.get('notices', x),
  )
}

/**
 * One notice on the kiosk: a notice set to start later is not public yet (lists, search and the
 * question board hide it until its first day), so it is answered exactly like an unknown id and
 * a villager cannot probe for it. An earlier, already shown version stays readable (已更正).
 */
export function shownNotice(store: Store, id: string, today: string): NoticeView {
  const n = store.get('notices', id)
  if (n && n.validFrom > today) throw new ApiFailure('NOT_FOUND', NO_NOTICE)
  return signedNotice(store, id, today)
}

/** Handlers of 公示公告; "today" is the village's date (Asia/Shanghai) from the core's clock. */
export const noticeHandlers: HandlerGroup<'notices.list' | 'notices.page' | 'notices.get'> = {
  'notices.list': (_input, { store, now }) =>
    noticeLists(currentPublished(store, 'notices'), villageToday(now())),
  'notices.page': ({ part, ...window }, { store, now }) =>
    noticePage(currentPublished(store, 'notices'), part, villageToday(now()), window),
  'notices.get': ({ id }, { store, now }) => shownNotice(store, id, villageToday(now())),
}

/**
 * The township package builder's own reading of notices.get (electron/core/township): the
 * signed notice even before its first day. Bound only there, never to a kiosk window.
 */
export const packageNoticeHandlers: HandlerGroup<'notices.get'> = {
  'notices.get': ({ id }, { store, now }) => signedNotice(store, id, villageToday(now())),
}
