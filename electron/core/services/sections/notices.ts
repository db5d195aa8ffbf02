/** 公示公告: current and archived notices, and one notice with its 公示 countdown. */
import type { Notice, NoticeView } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
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

/** Handlers of 公示公告; "today" is the village's date (Asia/Shanghai) from the core's clock. */
export const noticeHandlers: HandlerGroup<'notices.list' | 'notices.page' | 'notices.get'> = {
  'notices.list': (_input, { store, now }) =>
    noticeLists(currentPublished(store, 'notices'), villageToday(now())),
  'notices.page': ({ part, ...window }, { store, now }) =>
    noticePage(currentPublished(store, 'notices'), part, villageToday(now()), window),
  'notices.get': ({ id }, { store, now }) =>
    noticeView(
      publishedById(store, 'notices', id, '没有找到这条公告，可能还没有公开'),
      villageToday(now()),
      (x) => store.get('notices', x),
    ),
}
