/**
 * Message keys for the contract's Chinese enum values (statuses, types), by position, so the
 * wording stays in the i18n file and components never spell the values out themselves.
 */
import {
  QUESTION_STATUSES,
  QUESTION_TYPES,
  type QuestionStatus,
  type QuestionAboutView,
  type QuestionType,
  type QuestionView,
} from '../../../../../contract'

type Translate = (key: string, args?: Record<string, unknown>) => string

const STATUS_KEYS = ['waiting', 'answered', 'overdue'] as const
const TYPE_KEYS = ['zhixun', 'jianyi', 'qiuzhu'] as const

export type StatusKey = (typeof STATUS_KEYS)[number]
export type TypeKey = (typeof TYPE_KEYS)[number]

/** 待答复 → 'waiting' (for classes, icons and filter keys). */
export function statusKey(s: QuestionStatus): StatusKey {
  return STATUS_KEYS[QUESTION_STATUSES.indexOf(s)] ?? 'waiting'
}

/** 'overdue' → 已逾期 (the filter buttons send the contract's value). */
export function statusOf(key: StatusKey): QuestionStatus {
  return QUESTION_STATUSES[STATUS_KEYS.indexOf(key)] ?? QUESTION_STATUSES[0]
}

/** 质询 → 'zhixun' (for the hint under each type button). */
export function typeKey(t: QuestionType): TypeKey {
  return TYPE_KEYS[QUESTION_TYPES.indexOf(t)] ?? 'zhixun'
}

/** The deadline line in words: days left, due today, or days overdue; '' once answered. */
export function deadlineWords(
  q: Pick<QuestionView, 'status' | 'daysLeft' | 'daysOverdue'>,
  t: Translate,
): string {
  if (q.status === QUESTION_STATUSES[2])
    return t('questions.daysOverdue', { n: q.daysOverdue ?? 0 })
  if (q.status === QUESTION_STATUSES[0])
    return q.daysLeft ? t('questions.daysLeft', { n: q.daysLeft }) : t('questions.dueToday')
  return ''
}

/** 12345678 → 1234 5678, easier to read aloud and copy down. */
export function groupReceipt(r: string): string {
  return r.replace(/(\d{4})(?=\d)/g, '$1 ')
}

/**
 * Under 针对 (which names the record's current version): that it was corrected since the
 * question was asked, with the title it was asked under when that changed. The public card, the
 * opened question and the cadres' list all say it in these words.
 */
export function correctedNote(
  correction: NonNullable<QuestionAboutView['correction']>,
  t: Translate,
): string {
  const asked = correction.askedTitle
  return asked === undefined
    ? t('questions.aboutCorrected')
    : t('questions.aboutRenamed', { title: asked })
}
