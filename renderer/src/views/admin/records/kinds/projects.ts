/** 项目进度 on the record screens: the draft a form edits, its conversion and its facts. */
import { formatYuan, type Stage } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter, fenToText, opt, rowId } from './convert'
import type { KindDef } from './types'

export interface MilestoneDraft {
  id: string
  date: string
  title: string
  note: string
  photos: string[]
}

export interface ProjectDraft {
  name: string
  stage: Stage
  percent: string
  budgetText: string
  fundSource: string
  contractor: string
  procurement: string
  location: string
  startDate: string
  endDate: string
  summary: string
  matterId: string
  milestones: MilestoneDraft[]
}

/** A new milestone dated today, ready to be filled in. */
export const newMilestone = (today: string): MilestoneDraft => ({
  id: rowId(),
  date: today,
  title: '',
  note: '',
  photos: [],
})

export const projectKind: KindDef<'projects', ProjectDraft> = {
  kind: 'projects',
  blank: () => ({
    name: '',
    stage: '立项',
    percent: '0',
    budgetText: '',
    fundSource: '',
    contractor: '',
    procurement: '',
    location: '',
    startDate: '',
    endDate: '',
    summary: '',
    matterId: '',
    milestones: [],
  }),
  fromRecord: (p) => ({
    name: p.name,
    stage: p.stage,
    percent: String(p.percent),
    budgetText: fenToText(p.budgetFen),
    fundSource: p.fundSource,
    contractor: p.contractor,
    procurement: p.procurement,
    location: p.location,
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    summary: p.summary,
    matterId: p.matterId ?? '',
    milestones: p.milestones.map((m) => ({ ...m, photos: [...m.photos] })),
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const input = {
      name: d.name,
      stage: d.stage,
      percent: c.int(d.percent, 'percent'),
      budgetFen: c.fen(d.budgetText, 'budgetFen'),
      fundSource: d.fundSource,
      contractor: d.contractor,
      procurement: d.procurement,
      location: d.location,
      startDate: opt(d.startDate),
      endDate: opt(d.endDate),
      summary: d.summary,
      matterId: opt(d.matterId),
      milestones: d.milestones.map((m) => ({ ...m })),
    }
    return { input, errors: c.errors }
  },
  title: (p) => p.name,
  subtitle: (p, t) => t('records.project.line', { stage: p.stage, percent: p.percent }),
  facts: (p, t) => [
    { label: t('records.project.stage'), value: p.stage },
    { label: t('records.project.percent'), value: String(p.percent) },
    { label: t('records.project.budget'), value: formatYuan(p.budgetFen) },
    { label: t('records.project.fundSource'), value: p.fundSource },
    { label: t('records.project.contractor'), value: p.contractor },
    { label: t('records.project.procurement'), value: p.procurement },
    { label: t('records.project.location'), value: p.location },
    { label: t('records.project.startDate'), value: formatDate(p.startDate) },
    { label: t('records.project.endDate'), value: formatDate(p.endDate) },
    { label: t('records.project.summary'), value: p.summary },
  ],
  tables: (p, t) => [
    {
      label: t('records.project.milestones'),
      head: [
        t('records.project.msDate'),
        t('records.project.msTitle'),
        t('records.project.msNote'),
      ],
      rows: p.milestones.map((m) => [formatDate(m.date), m.title, m.note]),
    },
  ],
}
