/**
 * The facts of each publishable record a villager reads on its detail page, in page order:
 * what 已更正 compares between an earlier version and the one that corrected it.
 */
import type {
  CorrectedFact,
  CorrectedField,
  CorrectedValue,
  Matter,
  Meeting,
  Notice,
  Project,
  RowLine,
  Special,
} from '../../../../contract'
import type { Store } from '../../store/types'
import { publicNoticeRows, publicSpecialRows } from './public-rows'
import { linkedPublished } from './records'

const text = (field: CorrectedField, t: string | undefined): CorrectedFact => ({
  field,
  value: { type: 'text', text: t ?? '' },
})
const date = (field: CorrectedField, d: string | undefined): CorrectedFact =>
  d ? { field, value: { type: 'date', date: d } } : text(field, '')
const fact = (field: CorrectedField, value: CorrectedValue): CorrectedFact => ({ field, value })
const rows = (list: readonly RowLine[]): CorrectedValue => ({
  type: 'rows',
  count: list.length,
  totalFen: list.reduce((s, r) => s + r.amountFen, 0),
  lines: list.map((r) => ({ name: r.name, group: r.group, note: r.note, amountFen: r.amountFen })),
})

/** 项目进度: name, stage, progress, money, who and where, dates, summary, milestones, linked matter. */
export function projectFacts(store: Store, p: Project): CorrectedFact[] {
  return [
    text('name', p.name),
    text('stage', p.stage),
    fact('percent', { type: 'percent', percent: p.percent }),
    fact('budget', { type: 'fen', fen: p.budgetFen }),
    text('fundSource', p.fundSource),
    text('contractor', p.contractor),
    text('procurement', p.procurement),
    text('location', p.location),
    date('startDate', p.startDate),
    date('endDate', p.endDate),
    text('summary', p.summary),
    fact('milestones', {
      type: 'milestones',
      items: [...p.milestones]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => ({ date: m.date, title: m.title, note: m.note ?? '', photos: m.photos })),
    }),
    text('matter', linkedPublished(store, 'matters', p.matterId)?.title),
  ]
}

/** 专项公开: kind, title, date, body, the rows' count and total, linked project and matter. */
export function specialFacts(store: Store, s: Special): CorrectedFact[] {
  return [
    text('kind', s.kind),
    text('title', s.title),
    date('date', s.date),
    text('body', s.body),
    fact(
      'rows',
      rows(
        publicSpecialRows(s, (id) => store.get('specials', id)).map((r) => ({
          ...r,
          name: r.label,
          group: r.group ?? '',
          note: r.note ?? '',
        })),
      ),
    ),
    text('project', linkedPublished(store, 'projects', s.projectId)?.name),
    text('matter', linkedPublished(store, 'matters', s.matterId)?.title),
  ]
}

/** 公示公告: kind, title, validity window, body, how to object, the list's count and total. */
export function noticeFacts(n: Notice): CorrectedFact[] {
  return [
    fact('kind', { type: 'noticeKind', kind: n.kind }),
    text('title', n.title),
    date('validFrom', n.validFrom),
    date('validTo', n.validTo),
    fact('pinned', { type: 'yesNo', yes: n.pinned }),
    text('body', n.body),
    text('objection', n.objection),
    fact(
      'rows',
      rows(
        publicNoticeRows(n).map((r) => ({
          ...r,
          name: r.maskedName,
          group: r.group ?? '',
          note: r.reason ?? '',
        })),
      ),
    ),
  ]
}

/** 四议两公开: title, summary, and each step held (date, attendance, votes, content). */
export function matterFacts(m: Matter): CorrectedFact[] {
  const steps = [...m.steps].sort((a, b) => a.index - b.index)
  return [
    text('title', m.title),
    text('summary', m.summary),
    ...steps.map((s) =>
      fact(`step${s.index}` as CorrectedField, {
        type: 'step',
        date: s.date,
        due: s.due,
        present: s.present,
        votesFor: s.votesFor,
        votesAgainst: s.votesAgainst,
        abstain: s.abstain,
        content: s.content,
        signatures: s.signatures,
      }),
    ),
  ]
}

/** 会议记录: kind, date, topic, place, attendance, minutes, linked matter. */
export function meetingFacts(store: Store, m: Meeting): CorrectedFact[] {
  return [
    text('kind', m.kind),
    date('date', m.date),
    text('topic', m.topic),
    text('place', m.place),
    fact('due', { type: 'count', count: m.due }),
    fact('present', { type: 'count', count: m.present }),
    text('minutes', m.minutes),
    text('matter', linkedPublished(store, 'matters', m.matterId)?.title),
  ]
}
