/** 四议两公开 on the record screens: the matter and its steps as the form edits them. */
import { STEP_NAMES } from '../../../../../../contract'
import { formatDate } from '../../../../format/date'
import { Converter } from './convert'
import type { KindDef } from './types'

export interface StepDraft {
  index: number
  date: string
  due: string
  present: string
  votesFor: string
  votesAgainst: string
  abstain: string
  content: string
  signatures: string[]
}

export interface MatterDraft {
  title: string
  summary: string
  steps: StepDraft[]
}

/** The next step not yet on the matter, dated today; null once all six are there. */
export function nextStep(steps: StepDraft[], today: string): StepDraft | null {
  const index = STEP_NAMES.findIndex((_, i) => !steps.some((s) => s.index === i))
  if (index < 0) return null
  const n = { due: '0', present: '0', votesFor: '0', votesAgainst: '0', abstain: '0' }
  return { index, date: today, ...n, content: '', signatures: [] }
}

export const matterKind: KindDef<'matters', MatterDraft> = {
  kind: 'matters',
  blank: () => ({ title: '', summary: '', steps: [] }),
  fromRecord: (m) => ({
    title: m.title,
    summary: m.summary,
    steps: m.steps.map((s) => ({
      index: s.index,
      date: s.date,
      due: String(s.due),
      present: String(s.present),
      votesFor: String(s.votesFor),
      votesAgainst: String(s.votesAgainst),
      abstain: String(s.abstain),
      content: s.content,
      signatures: [...s.signatures],
    })),
  }),
  toInput(d, words) {
    const c = new Converter(words)
    const steps = d.steps.map((s, i) => ({
      index: s.index,
      date: s.date,
      due: c.int(s.due, `steps.${i}.due`),
      present: c.int(s.present, `steps.${i}.present`),
      votesFor: c.int(s.votesFor, `steps.${i}.votesFor`),
      votesAgainst: c.int(s.votesAgainst, `steps.${i}.votesAgainst`),
      abstain: c.int(s.abstain, `steps.${i}.abstain`),
      content: s.content,
      signatures: [...s.signatures],
    }))
    return { input: { title: d.title, summary: d.summary, steps }, errors: c.errors }
  },
  title: (m) => m.title,
  subtitle: (m, t) => {
    const last = m.steps.at(-1)
    return last ? `${STEP_NAMES[last.index]} · ${formatDate(last.date)}` : t('records.fields.none')
  },
  facts: (m, t) => [{ label: t('records.matter.summary'), value: m.summary }],
  tables: (m, t) => [
    {
      label: t('records.matter.steps'),
      head: [
        t('records.matter.step'),
        t('records.matter.date'),
        t('records.matter.due'),
        t('records.matter.present'),
        t('records.matter.votesFor'),
        t('records.matter.votesAgainst'),
        t('records.matter.abstain'),
        t('records.matter.content'),
      ],
      rows: m.steps.map((s) => [
        STEP_NAMES[s.index] ?? '',
        formatDate(s.date),
        String(s.due),
        String(s.present),
        String(s.votesFor),
        String(s.votesAgainst),
        String(s.abstain),
        s.content,
      ]),
    },
  ],
}
