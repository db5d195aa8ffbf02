/** What an earlier version said, fact by fact, in plain words: core chose the facts, this only words them. */
import {
  formatYuan,
  STEP_NAMES,
  type CorrectedFact,
  type CorrectedValue,
  type RowLine,
} from '../../../../contract'
import { formatDate } from '../../format/date'

type Translate = (key: string, params?: Record<string, unknown>) => string
export interface FactWords {
  id: string
  label: string
  value: string
}

/** Rows named in the earlier version's words: at most ROWS_NAMED, then how many more. */
const ROWS_NAMED = 20

function rowLines(rows: readonly RowLine[], t: Translate): string {
  const named = rows
    .slice(0, ROWS_NAMED)
    .map((r) => [r.name, r.group, r.note, formatYuan(r.amountFen)].filter(Boolean).join(' '))
    .join('；')
  const more = rows.length - ROWS_NAMED
  return more > 0 ? t('rowCorrection.value.rowsMore', { named, n: more }) : named
}

function words(v: CorrectedValue, t: Translate): string {
  const k = (key: string, p?: Record<string, unknown>) => t(`rowCorrection.value.${key}`, p)
  switch (v.type) {
    case 'text':
      return v.text
    case 'fen':
      return formatYuan(v.fen)
    case 'date':
      return formatDate(v.date)
    case 'count':
      return k('count', { n: v.count })
    case 'percent':
      return k('percent', { n: v.percent })
    case 'yesNo':
      return k(v.yes ? 'yes' : 'no')
    case 'noticeKind':
      return t(`home.noticeKinds.${v.kind}`)
    case 'rows': {
      const head = v.count ? k('rows', { count: v.count, total: formatYuan(v.totalFen) }) : ''
      const gone = v.gone?.length ? k('rowsGone', { lines: rowLines(v.gone, t) }) : ''
      const added = v.added?.length ? k('rowsAdded', { lines: rowLines(v.added, t) }) : ''
      return [head, gone, added].filter(Boolean).join('\n')
    }
    case 'milestones':
      return v.items
        .map((m) => {
          const head = `${formatDate(m.date)} ${m.title}${m.note ? `：${m.note}` : ''}`
          if (!m.photosChanged) return head
          const photos = m.photos.length
            ? k('photosChanged', { n: m.photos.length })
            : k('noPhotos')
          return `${head}（${photos}）`
        })
        .join('\n')
    case 'step': {
      const line = k('step', { ...v, date: formatDate(v.date) })
      const said = v.content ? k('stepContent', { line, content: v.content }) : line
      if (!v.signaturesChanged) return said
      const scans = v.signatures.length
        ? k('signaturesChanged', { n: v.signatures.length })
        : k('noSignatures')
      return `${said}。${scans}`
    }
  }
}

/** Label and words for each earlier fact; an empty one reads 无. */
export function correctedWords(facts: readonly CorrectedFact[], t: Translate): FactWords[] {
  return facts.map((f) => {
    const step = /^step(\d)$/.exec(f.field)
    const name = step ? STEP_NAMES[Number(step[1])] : undefined
    const label = name ?? t(`rowCorrection.fact.${f.field}`)
    return { id: f.field, label, value: words(f.value, t) || t('records.fields.none') }
  })
}
