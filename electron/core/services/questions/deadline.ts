/**
 * A question's deadline and public status as pure functions of the village's calendar
 * (Asia/Shanghai, UTC+8 all year), so the host's time zone never moves a deadline.
 */
import type { QuestionStatus } from '../../../../contract'
import { villageDate } from '../../../../contract/village-time'

const DAY_MS = 86_400_000

/** The village's calendar day of an instant: 2026-11-24T16:30Z is already 2026-11-25 there. */
export function villageDay(at: Date | string): string {
  return villageDate(at)
}

/** Whole days from ISO date a to ISO date b (negative when b is earlier). */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** The last day an answer is due: the day of asking plus the village's allowed days. */
export function dueDay(submittedAt: string, dueDays: number): string {
  const day = Date.parse(`${villageDay(submittedAt)}T00:00:00Z`)
  return new Date(day + dueDays * DAY_MS).toISOString().slice(0, 10)
}

/** Where a question stands on a given village day. */
export interface Standing {
  status: QuestionStatus
  daysLeft?: number
  daysOverdue?: number
  answeredLate?: boolean
}

/**
 * Answered questions are 已答复 (late when answered after the due day); unanswered ones are
 * 待答复 up to and including the due day (0 days left on it) and 已逾期 from the day after.
 */
export function standing(
  q: { dueAt: string; answer?: { at: string } | undefined },
  today: string,
): Standing {
  if (q.answer) return { status: '已答复', answeredLate: villageDay(q.answer.at) > q.dueAt }
  const left = daysFrom(today, q.dueAt)
  return left >= 0 ? { status: '待答复', daysLeft: left } : { status: '已逾期', daysOverdue: -left }
}
