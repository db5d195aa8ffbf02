/**
 * When a village's finance sheet is late: a month is due by the 10th of the next month, a
 * quarter by the 15th of the month after it. Dates are village days (YYYY-MM-DD).
 */
import { periodLabel, periodRange, type PeriodKey } from '../../../contract'

const pad = (n: number) => String(n).padStart(2, '0')

/** The period before `key` in the same mode. */
export function previousPeriod(key: PeriodKey): PeriodKey {
  const y = Number(key.slice(0, 4))
  if (key[5] === 'Q') {
    const q = Number(key.slice(6))
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`
  }
  const m = Number(key.slice(5))
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`
}

/** The period that contains `day`. */
export function periodOf(day: string, mode: 'month' | 'quarter'): PeriodKey {
  const y = day.slice(0, 4)
  const m = Number(day.slice(5, 7))
  return mode === 'month' ? `${y}-${pad(m)}` : `${y}-Q${Math.ceil(m / 3)}`
}

/** Last day a period's sheet may be published: the 10th (month) or 15th (quarter) after it ends. */
export function deadlineOf(key: PeriodKey): string {
  const r = periodRange(key)
  const y = Number(r.to.slice(0, 4))
  const m = Number(r.to.slice(5, 7))
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1]
  return `${ny}-${pad(nm)}-${r.kind === 'month' ? '10' : '15'}`
}

export interface DueState {
  /** The newest period whose deadline has passed by `today`. */
  due: PeriodKey
  dueLabel: string
  dueBy: string
  /** No published sheet reaches the end of `due`. */
  overdue: boolean
}

/** Whether a village publishing by `mode` is late, given its published period keys. */
export function dueState(
  mode: 'month' | 'quarter',
  today: string,
  published: PeriodKey[],
): DueState {
  let due = previousPeriod(periodOf(today, mode))
  if (deadlineOf(due) >= today) due = previousPeriod(due)
  const end = periodRange(due).to
  // A sheet for a period that has not begun (2099-12, signed by a careless or sly cadre) is
  // no sheet of the due period: it must not keep the village from showing late for good.
  const overdue = !published.some((k) => periodRange(k).to >= end && periodRange(k).from <= today)
  return { due, dueLabel: periodLabel(due), dueBy: deadlineOf(due), overdue }
}
