/** One village's row in the 乡镇汇总 console, from its checked packages and today's date. */
import { periodLabel, type VillageRow } from '../../../contract'
import { daysFrom, villageDay } from '../services/questions/deadline'
import type { FolderCheck } from './inbox'
import { dueState, missingPeriods } from './overdue'
import type { SheetTotals } from './summary'

/** Skipped periods named on the row; beyond these it says how many more. */
export const MISSING_SHOWN = 12

/** The row: last period and lateness, overdue questions, rule warnings, corrections, totals. */
export function villageRow(check: FolderCheck, today: string): VillageRow {
  const sheets = new Map<string, SheetTotals>()
  let corrections = 0
  let withheld: VillageRow['withheld'] = []
  const year = Number(today.slice(0, 4))
  // Question ids answered late this year (a set: the same answer in two packages counts once).
  const late = new Set<string>()
  for (const { pkg, seenOn } of check.chain) {
    for (const a of pkg.lateAnswers ?? []) if (Number(a.day.slice(0, 4)) === year) late.add(a.id)
    for (const t of pkg.sheets) sheets.set(t.key, t)
    if (pkg.withheld) withheld = pkg.withheld.filter((w) => w.count > 0)
    if (pkg.correction && daysFrom(correctionDay(pkg.at, seenOn), today) <= 90) corrections++
  }
  const last = check.chain.at(-1)?.pkg
  const status = last?.status ?? {
    periodMode: 'quarter' as const,
    openQuestionDeadlines: [],
    matterWarnings: [],
  }
  const keys = [...sheets.keys()].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
  const lastPeriod = keys.at(-1) ?? ''
  // No usable package: how the village publishes is unknown, so no period is named as owed
  // (the quarter above only orders the row among the late ones: nothing verified is published).
  const due = dueState(status.periodMode, today, keys)
  const missing = last ? missingPeriods(status.periodMode, today, keys) : []
  const thisYear = [...sheets.values()].filter((s) => Number(s.key.slice(0, 4)) === year)
  const sum = (f: (s: SheetTotals) => number) => thisYear.reduce((n, s) => n + f(s), 0)
  return {
    folder: check.folder,
    name: check.name,
    fingerprint: check.fingerprint,
    packages: check.files,
    verified: check.verified,
    ok: check.problems.length === 0,
    // No package to go by, and the folder said why: not a folder with nothing in it yet.
    unreadable: check.chain.length === 0 && check.problems.length > 0,
    lastSeq: last?.seq ?? 0,
    lastAt: last?.at ?? '',
    periodMode: last ? status.periodMode : null,
    lastPeriod,
    lastPeriodLabel: lastPeriod ? periodLabel(lastPeriod) : '',
    duePeriodLabel: last ? due.dueLabel : '',
    dueBy: last ? due.dueBy : '',
    overdue: due.overdue,
    missingLabels: missing.slice(0, MISSING_SHOWN).map(periodLabel),
    missingCount: missing.length,
    questionsOverdue: status.openQuestionDeadlines.filter((d) => d < today).length,
    answeredLate: late.size,
    withheld,
    matterWarnings: status.matterWarnings.flatMap((m) => m.checks.map((c) => `${m.title}：${c}`)),
    correctionsLast90: corrections,
    year,
    incomeFen: sum((s) => s.incomeFen),
    expenseFen: sum((s) => s.expenseFen),
    managementFen: sum((s) => s.managementFen),
  }
}

/**
 * The day a correction counts from: the later of the village's own date and the day the
 * township first saw it (where known). A village clock set back cannot date a correction out
 * of the 90 days; one delivered late by USB counts from its arrival.
 */
function correctionDay(at: string, seenOn: string | undefined): string {
  // The village's calendar day (UTC+8), as `today` and `seenOn` are: not the UTC date of `at`
  // (a signed package's `at` that is no time at all is compared as written, as before).
  const own = Number.isNaN(Date.parse(at)) ? at.slice(0, 10) : villageDay(at)
  return seenOn && seenOn > own ? seenOn : own
}

function periodEnd(key: string): string {
  // Months sort as their own key; a quarter ends with its third month.
  return key[5] === 'Q'
    ? `${key.slice(0, 4)}-${String(Number(key.slice(6)) * 3).padStart(2, '0')}`
    : key
}
