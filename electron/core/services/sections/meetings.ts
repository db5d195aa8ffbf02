/** 会议记录: meetings with attendance and minutes, newest first, filterable by kind. */
import type { Meeting, MeetingView } from '../../../../contract'
import { meetingRuleChecks } from '../../../../contract/matter-rules'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { revisionWithFacts } from './corrected'
import { pageOf } from './paging'
import { meetingFacts } from './corrected-facts'
import { currentPublished, linkedPublished, publishedById } from './records'

function meetingView(store: Store, m: Meeting): MeetingView {
  const matter = linkedPublished(store, 'matters', m.matterId)
  return {
    id: m.id,
    kind: m.kind,
    date: m.date,
    topic: m.topic,
    place: m.place,
    due: m.due,
    present: m.present,
    minutes: m.minutes,
    matter: matter ? { id: matter.id, title: matter.title } : null,
    ruleChecks: meetingRuleChecks(m),
    revision: revisionWithFacts(
      m,
      (id) => store.get('meetings', id),
      (x) => meetingFacts(store, x),
    ),
  }
}

/** Handlers of the meetings list and one meeting's minutes. */
export const meetingHandlers: HandlerGroup<'meetings.list' | 'meetings.get'> = {
  'meetings.list': ({ kind, ...window }, { store }) =>
    pageOf(
      currentPublished(store, 'meetings')
        .filter((m) => !kind || m.kind === kind)
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
      window,
      (m) => meetingView(store, m),
      (m) => m.date,
    ),
  'meetings.get': ({ id }, { store }) =>
    meetingView(
      store,
      publishedById(store, 'meetings', id, '没有找到这次会议的记录，可能还没有公开'),
    ),
}
