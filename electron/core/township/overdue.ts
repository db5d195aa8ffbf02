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

/** The period after `key` in the same mode. */
function nextPeriod(key: PeriodKey): PeriodKey {
  const y = Number(key.slice(0, 4))
  if (key[5] === 'Q') {
    const q = Number(key.slice(6))
    return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`
  }
  const m = Number(key.slice(5))
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`
}

/** The months (YYYY-MM) a period's sheet covers. */
function monthsOf(key: PeriodKey): string[] {
  const r = periodRange(key)
  const out: string[] = []
  for (let m = Number(r.from.slice(5, 7)); m <= Number(r.to.slice(5, 7)); m++)
    out.push(`${r.year}-${pad(m)}`)
  return out
}

/**
 * The periods skipped: from the village's first sheet to the due period (or its newest begun
 * sheet, if later), each period in `mode` whose months no published sheet covers. A quarter's
 * sheet covers its three months; a quarter is covered by its months' sheets. The due period,
 * when it is late, is left to the overdue line. A sheet for a period not yet begun counts for
 * nothing, as in dueState.
 */
export function missingPeriods(
  mode: 'month' | 'quarter',
  today: string,
  published: PeriodKey[],
): PeriodKey[] {
  const begun = published.filter((k) => periodRange(k).from <= today)
  if (begun.length === 0) return []
  const covered = new Set(begun.flatMap(monthsOf))
  const firstMonth = [...covered].sort()[0]!
  const state = dueState(mode, today, published)
  const newest = begun
    .map((k) => periodOf(periodRange(k).to > today ? today : periodRange(k).to, mode))
    .reduce((a, b) => (periodRange(b).to > periodRange(a).to ? b : a))
  const last = periodRange(newest).to > periodRange(state.due).to ? newest : state.due
  const missing: PeriodKey[] = []
  let key = periodOf(`${firstMonth}-01`, mode)
  for (let guard = 0; guard < 1200 && periodRange(key).to <= periodRange(last).to; guard++) {
    const uncovered = monthsOf(key).some((m) => m >= firstMonth && !covered.has(m))
    if (uncovered && !(key === state.due && state.overdue)) missing.push(key)
    key = nextPeriod(key)
  }
  return missing
}
