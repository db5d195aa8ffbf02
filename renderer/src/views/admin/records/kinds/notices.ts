/** 公示公告 on the record screens: the notice and its 公示 list (names masked by core). */
import { formatYuan, type NoticeKind } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, fenToText, opt } from './convert'
import type { KindDef } from './types'

export interface GongshiRowDraft {
  maskedName: string
  group: string
  reason: string
  amountText: string
}

export interface NoticeDraft {
  kind: NoticeKind
  title: string
  body: string
  pinned: boolean
  validFrom: string
  validTo: string
  objection: string
  rows: GongshiRowDraft[]
}

export const newRow = (): GongshiRowDraft => ({
  maskedName: '',
  group: '',
  reason: '',
  amountText: '',
})

export const noticeKind: KindDef<'notices', NoticeDraft> = {
  kind: 'notices',
  blank: (today) => ({
    kind: 'notice',
    title: '',
    body: '',
    pinned: false,
    validFrom: today,
    validTo: '',
    objection: '',
    rows: [],
  }),
  fromRecord: (n) => ({
    kind: n.kind,
    title: n.title,
    body: n.body,
    pinned: n.pinned,
    validFrom: n.validFrom,
    validTo: n.validTo ?? '',
    objection: n.objection,
    rows: n.rows.map((r) => ({ ...r, amountText: fenToText(r.amountFen) })),
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      kind: d.kind,
      title: d.title,
      body: d.body,
      pinned: d.pinned,
      validFrom: d.validFrom,
      validTo: opt(d.validTo),
      objection: d.objection,
      rows:
        d.kind === 'gongshi' || d.rows.length > 0
          ? d.rows.map((r, i) => ({
              maskedName: r.maskedName,
              group: r.group,
              reason: r.reason,
              amountFen: c.fen(r.amountText || '0', `rows.${i}.amountFen`),
            }))
          : [],
    }
    return { input, errors: c.errors }
  },
  title: (n) => n.title,
  subtitle: (n, t) =>
    `${t(`records.notice.kinds.${n.kind}`)} · ${formatDate(n.validFrom)}${n.validTo ? ` — ${formatDate(n.validTo)}` : ''}`,
  facts: (n, t) => [
    { label: t('records.notice.kind'), value: t(`records.notice.kinds.${n.kind}`) },
    { label: t('records.notice.validFrom'), value: formatDate(n.validFrom) },
    { label: t('records.notice.validTo'), value: formatDate(n.validTo) },
    {
      label: t('records.notice.pinned'),
      value: n.pinned ? t('records.notice.pinnedYes') : t('records.notice.pinnedNo'),
    },
    { label: t('records.notice.body'), value: n.body },
    { label: t('records.notice.objection'), value: n.objection },
  ],
  tables: (n, t) =>
    n.rows.length === 0
      ? []
      : [
          {
            label: t('records.notice.rows'),
            head: [
              t('records.notice.name'),
              t('records.notice.group'),
              t('records.notice.reason'),
              t('records.notice.amount'),
            ],
            rows: n.rows.map((r) => [r.maskedName, r.group, r.reason, formatYuan(r.amountFen)]),
          },
        ],
}
