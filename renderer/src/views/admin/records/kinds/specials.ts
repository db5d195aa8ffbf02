/** 专项公开 on the record screens: the text and its list of amounts (names masked by core). */
import { formatYuan, type SpecialKind } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, fenToText, opt } from './convert'
import type { KindDef } from './types'

export interface SpecialRowDraft {
  label: string
  group: string
  note: string
  amountText: string
}

export interface SpecialDraft {
  kind: SpecialKind
  title: string
  date: string
  body: string
  rows: SpecialRowDraft[]
  projectId: string
  matterId: string
}

export const newSpecialRow = (): SpecialRowDraft => ({
  label: '',
  group: '',
  note: '',
  amountText: '',
})

export const specialKind: KindDef<'specials', SpecialDraft> = {
  kind: 'specials',
  blank: (today) => ({
    kind: '一事一议',
    title: '',
    date: today,
    body: '',
    rows: [],
    projectId: '',
    matterId: '',
  }),
  fromRecord: (s) => ({
    kind: s.kind,
    title: s.title,
    date: s.date,
    body: s.body,
    rows: s.rows.map((r) => ({ ...r, amountText: fenToText(r.amountFen) })),
    projectId: s.projectId ?? '',
    matterId: s.matterId ?? '',
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      kind: d.kind,
      title: d.title,
      date: d.date,
      body: d.body,
      rows: d.rows.map((r, i) => ({
        label: r.label,
        group: r.group,
        note: r.note,
        amountFen: c.fen(r.amountText, `rows.${i}.amountFen`),
      })),
      projectId: opt(d.projectId),
      matterId: opt(d.matterId),
    }
    return { input, errors: c.errors }
  },
  title: (s) => s.title,
  subtitle: (s) => `${s.kind} · ${formatDate(s.date)}`,
  facts: (s, t) => [
    { label: t('records.special.kind'), value: s.kind },
    { label: t('records.special.date'), value: formatDate(s.date) },
    { label: t('records.special.body'), value: s.body },
  ],
  tables: (s, t) =>
    s.rows.length === 0
      ? []
      : [
          {
            label: t('records.special.rows'),
            head: [
              t('records.special.label'),
              t('records.special.group'),
              t('records.special.note'),
              t('records.special.amount'),
            ],
            rows: s.rows.map((r) => [r.label, r.group, r.note, formatYuan(r.amountFen)]),
          },
        ],
}
