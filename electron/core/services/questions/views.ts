/**
 * What each audience sees of a stored question. Public views are built field by field from an
 * allow-list, so the asker's name, phone and receipt can never slip into them by a spread.
 */
import {
  FEEDBACK_VALUES,
  WITHHOLD_REASONS,
  type DuplicateOf,
  type Feedback,
  type InboxQuestion,
  type QuestionAbout,
  type QuestionAboutView,
  type QuestionBoard,
  type QuestionStatus,
  type QuestionView,
  type ReceiptView,
  type WithholdReason,
} from '../../../../contract'
import type { Store } from '../../store/types'
import { settingsOf } from '../records/settings-read'
import { currentAbout } from './about'
import { daysFrom, standing, villageDay } from './deadline'
import type { QuestionRecord } from './types'

/**
 * What the views read besides the question: the village's day, other questions (the one a
 * duplicate repeats), and the records questions are about, as they stand now.
 */
export interface Lookup {
  today: string
  question: (id: string) => QuestionRecord | undefined
  about: (asked: QuestionAbout) => QuestionAboutView
}

/** The store's questions and records, on the village day `today`. */
export function lookupIn(store: Store, today: string): Lookup {
  return {
    today,
    question: (id) => store.get('questions', id),
    about: (asked) => currentAbout(store, asked, today),
  }
}

/**
 * A question as the public page shows it: no name, phone or receipt. What it is about is the
 * item's current version, so the board never sends a villager to a title since corrected.
 */
export function questionView(q: QuestionRecord, look: Lookup): QuestionView {
  const { today } = look
  const view: QuestionView = {
    id: q.id,
    type: q.type,
    text: q.text,
    masked: q.masked,
    submittedAt: q.submittedAt,
    dueAt: q.dueAt,
    ...standing(q, today),
  }
  if (q.about) view.about = look.about(q.about)
  if (q.answer) {
    const { text, attachments, by, at } = q.answer
    view.answer = { text, attachments: [...attachments], by: by.name, at }
  }
  if (q.feedback) view.feedback = q.feedback
  return view
}

/**
 * The question a 重复 repeats, as the board shows it now (its public view only: never its
 * asker, phone or receipt); just its id once it is off the board too.
 */
function duplicateOf(id: string, look: Lookup): DuplicateOf {
  const other = look.question(id)
  return other && !other.withheld ? { id, question: questionView(other, look) } : { id }
}

/** What the asker sees by receipt: the question even when withheld, and whether they may rate it. */
export function receiptView(q: QuestionRecord, look: Lookup): ReceiptView {
  const view: ReceiptView = {
    ...questionView(q, look),
    receipt: q.receipt,
    canGiveFeedback: q.answer !== undefined && q.feedback === undefined,
  }
  if (q.withheld) {
    const { reason, at, duplicateOf: of } = q.withheld
    view.withheld = { reason, at, ...(of ? { duplicateOf: duplicateOf(of, look) } : {}) }
  }
  return view
}

/** Days past its due day a question was, still unanswered, on the day it was withheld; else 0. */
function overdueWhenWithheld(q: QuestionRecord): number {
  if (!q.withheld) return 0
  const answeredBefore = q.answer !== undefined && q.answer.at <= q.withheld.at
  return answeredBefore ? 0 : Math.max(0, daysFrom(q.dueAt, villageDay(q.withheld.at)))
}

/** Receipt numbers two or more questions hold (after a restore): none opens by receipt. */
export function sharedReceipts(store: Store): ReadonlySet<string> {
  const seen = new Set<string>()
  const shared = new Set<string>()
  for (const q of store.all('questions')) (seen.has(q.receipt) ? shared : seen).add(q.receipt)
  return shared
}

/** A cadre's view: everything, including the asker's name and phone for a call-back. */
export function inboxView(
  q: QuestionRecord,
  look: Lookup,
  shared: ReadonlySet<string>,
): InboxQuestion {
  const view: InboxQuestion = { ...receiptView(q, look), name: q.name, phone: q.phone }
  if (shared.has(q.receipt)) view.receiptShared = true
  if (q.withheld) {
    view.withheldBy = q.withheld.by.name
    const late = overdueWhenWithheld(q)
    if (late) view.withheldOverdueDays = late
  }
  return view
}

const ORDER: Record<QuestionStatus, number> = { 已逾期: 0, 待答复: 1, 已答复: 2 }

/** Overdue first (longest overdue on top), then waiting by due day, then the newest answers. */
export function byUrgency(a: QuestionView, b: QuestionView): number {
  return (
    ORDER[a.status] - ORDER[b.status] ||
    (a.status === '已答复'
      ? (b.answer?.at ?? '').localeCompare(a.answer?.at ?? '')
      : a.dueAt.localeCompare(b.dueAt)) ||
    a.submittedAt.localeCompare(b.submittedAt) ||
    a.id.localeCompare(b.id)
  )
}

/** Questions still owed an answer on the public page: not answered, not withheld. */
export function isOpen(q: QuestionRecord): boolean {
  return !q.answer && !q.withheld
}

/** The home screen's count of questions waiting for an answer. */
export function countOpenQuestions(store: Store): number {
  return store.all('questions').filter(isOpen).length
}

/**
 * The public 村务监督 board: visible questions (optionally one status) and every count. Every
 * count but `withheld` is of the visible questions only, so anyone can check it against the list.
 */
export function questionBoard(store: Store, now: Date, status?: QuestionStatus): QuestionBoard {
  const today = villageDay(now)
  const withheld = Object.fromEntries(WITHHOLD_REASONS.map((r) => [r, 0])) as Record<
    WithholdReason,
    number
  >
  const feedback = Object.fromEntries(FEEDBACK_VALUES.map((f) => [f, 0])) as Record<
    Feedback,
    number
  >
  const visible: QuestionView[] = []
  const look = lookupIn(store, today)
  for (const q of store.all('questions')) {
    if (q.withheld) {
      withheld[q.withheld.reason]++
      continue
    }
    visible.push(questionView(q, look))
    // Only what the board shows: a rating of a question since withheld is not among its answers.
    if (q.feedback) feedback[q.feedback]++
  }
  const count = (s: QuestionStatus) => visible.filter((v) => v.status === s).length
  return {
    today,
    dueDays: settingsOf(store).questionDueDays,
    questions: visible.filter((v) => !status || v.status === status).sort(byUrgency),
    counts: {
      waiting: count('待答复'),
      overdue: count('已逾期'),
      answered: count('已答复'),
      withheld,
      feedback,
    },
  }
}
