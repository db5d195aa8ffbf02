/** 会议记录 on the record screens. */
import type { MeetingKind } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, opt } from './convert'
import type { KindDef } from './types'

export interface MeetingDraft {
  kind: MeetingKind
  date: string
  topic: string
  place: string
  due: string
  present: string
  minutes: string
  matterId: string
}

export const meetingKind: KindDef<'meetings', MeetingDraft> = {
  kind: 'meetings',
  blank: (today) => ({
    kind: '村民代表会议',
    date: today,
    topic: '',
    place: '',
    due: '0',
    present: '0',
    minutes: '',
    matterId: '',
  }),
  fromRecord: (m) => ({
    kind: m.kind,
    date: m.date,
    topic: m.topic,
    place: m.place,
    due: String(m.due),
    present: String(m.present),
    minutes: m.minutes,
    matterId: m.matterId ?? '',
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      kind: d.kind,
      date: d.date,
      topic: d.topic,
      place: d.place,
      due: c.int(d.due, 'due'),
      present: c.int(d.present, 'present'),
      minutes: d.minutes,
      matterId: opt(d.matterId),
    }
    return { input, errors: c.errors }
  },
  title: (m) => m.topic,
  subtitle: (m) => `${m.kind} · ${formatDate(m.date)}`,
  facts: (m, t) => [
    { label: t('records.meeting.kind'), value: m.kind },
    { label: t('records.meeting.date'), value: formatDate(m.date) },
    { label: t('records.meeting.place'), value: m.place },
    { label: t('records.meeting.due'), value: String(m.due) },
    { label: t('records.meeting.present'), value: String(m.present) },
    { label: t('records.meeting.minutes'), value: m.minutes },
  ],
  tables: () => [],
}
