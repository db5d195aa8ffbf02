/** 会议: meetings with attendance and minutes, each signed off before it goes public. */
import type { Meeting } from '../../../../contract'
import type { Ctx } from '../../api/handlers'
import '../sections/store-types'
import { FieldErrors } from './field-errors'
import { addLinkErrors, type Link } from './links'
import type { TextField } from './personal-numbers'
import { workflowHandlers, type Content, type WorkflowSpec } from './workflow'

const meetingLinks = (c: Pick<Meeting, 'matterId'>): Link[] => [
  { path: 'matterId', coll: 'matters', id: c.matterId },
]

function checkMeeting(c: Content<'meetings'>, ctx: Ctx): Content<'meetings'> {
  const errors = new FieldErrors()
  addLinkErrors(errors, ctx.store, meetingLinks(c))
  errors.throwIfAny()
  return c
}

export const meetingSpec: WorkflowSpec<'meetings'> = {
  coll: 'meetings',
  noun: '会议记录',
  title: (m: Meeting) => `${m.date} ${m.kind}：${m.topic}`,
  texts: (c): TextField[] => [
    { path: 'topic', label: '会议议题', value: c.topic },
    { path: 'place', label: '地点', value: c.place },
    { path: 'minutes', label: '会议纪要', value: c.minutes },
  ],
  prepare: checkMeeting,
  links: meetingLinks,
  // Minutes of a meeting not yet held: drafted ahead, made public only once it has met.
  goingPublic: (m: Meeting, today: string) => {
    if (m.date <= today) return
    const errors = new FieldErrors()
    errors.add('date', `会议日期 ${m.date} 还没到，不能公开还没开的会。请到会开过以后再提交`)
    errors.throwIfAny()
  },
}

/** meetings.save / submit / return / publish / correct / drafts. */
export const meetingHandlers = workflowHandlers(meetingSpec)
