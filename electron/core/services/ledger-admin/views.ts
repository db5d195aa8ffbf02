/** What cadres read: a period with its drafts, the list of sheets, and what waits for sign-off. */
import { categoryName, comparePeriods, periodLabel, periodRange } from '../../../../contract'
import type {
  AdminEntryView,
  EntryState,
  LedgerEntry,
  PendingCorrection,
  PeriodSheet,
  SheetListItem,
} from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { largeFenOf } from '../ledger'
import { settingsOf } from '../records/settings-read'
import { compareEntries, isLarge, sheetTotals } from '../ledger-math'
import { villageToday } from '../sections/days'
import { currentPublished } from '../sections/records'
import { isPendingCorrection, linesOf, overlaps, recentPeriods, sheetOf } from './rules'

function stateOf(e: LedgerEntry, sheet: PeriodSheet | undefined, store: Store): EntryState {
  if (e.supersededBy) return 'superseded'
  if (isPendingCorrection(e, store)) return 'correction-pending'
  return sheet?.status ?? 'draft'
}

/** Lines that count in the sheet's sums: everything before publication, current lines after. */
function counts(v: AdminEntryView): boolean {
  return v.state !== 'superseded' && v.state !== 'correction-pending'
}

/** Every line of a period as cadres see it, in sheet order. */
export function adminLines(
  store: Store,
  period: string,
  own: LedgerEntry[] = linesOf(store, period),
): AdminEntryView[] {
  const sheet = sheetOf(store, period)
  const largeExpenseFen = largeFenOf(store)(period)
  const named = new Set(sheet?.status === 'returned' ? (sheet.returnedEntries ?? []) : [])
  const lines = [...own].sort(compareEntries)
  const pendingFor = new Map<string, string>()
  for (const e of lines)
    if (e.supersedes && isPendingCorrection(e, store)) pendingFor.set(e.supersedes, e.id)
  return lines.map((e) => {
    const project = e.projectId ? store.get('projects', e.projectId) : undefined
    const pending = pendingFor.get(e.id)
    return {
      ...e,
      categoryName: categoryName(e.category),
      ...(project ? { projectName: project.name } : {}),
      large: isLarge(e, largeExpenseFen),
      state: stateOf(e, sheet, store),
      flagged: named.has(e.id),
      ...(pending ? { pendingCorrectionId: pending } : {}),
    }
  })
}

function listItem(store: Store, sheet: PeriodSheet, own?: LedgerEntry[]): SheetListItem {
  const lines = adminLines(store, sheet.key, own)
  const t = sheetTotals(lines.filter(counts))
  return {
    key: sheet.key,
    label: periodLabel(sheet.key),
    kind: periodRange(sheet.key).kind,
    status: sheet.status,
    entryCount: t.count,
    incomeFen: t.incomeFen,
    expenseFen: t.expenseFen,
    ...(sheet.submittedAt ? { submittedAt: sheet.submittedAt } : {}),
    ...(sheet.submittedBy ? { submittedBy: sheet.submittedBy.name } : {}),
    ...(sheet.returnComment ? { returnComment: sheet.returnComment } : {}),
    ...(sheet.publishedAt ? { publishedAt: sheet.publishedAt } : {}),
    ...(sheet.publishedBy ? { publishedBy: sheet.publishedBy.name } : {}),
    pendingCorrections: lines.filter((l) => l.state === 'correction-pending').length,
  }
}

/** Waiting corrections beside their originals; `returned` picks those the 监委 sent back. */
function pendingCorrections(store: Store, returned: boolean): PendingCorrection[] {
  const out: PendingCorrection[] = []
  const periods = new Set(
    store
      .all('ledger')
      .filter((e) => isPendingCorrection(e, store) && (e.returnComment !== undefined) === returned)
      .map((e) => e.period),
  )
  for (const period of [...periods].sort(comparePeriods)) {
    const lines = adminLines(store, period)
    const byId = new Map(lines.map((l) => [l.id, l]))
    for (const c of lines) {
      const original =
        c.state === 'correction-pending' &&
        c.supersedes &&
        (c.returnComment !== undefined) === returned
          ? byId.get(c.supersedes)
          : undefined
      if (original) out.push({ period, periodLabel: periodLabel(period), correction: c, original })
    }
  }
  return out
}

/** Read handlers for the 账目 screens; drafts are visible to cadres only. */
export const viewHandlers: HandlerGroup<
  'ledger.drafts' | 'ledger.sheets' | 'ledger.pending' | 'ledger.projectChoices'
> = {
  'ledger.drafts': ({ period }, { store }) => {
    const range = periodRange(period)
    const settings = settingsOf(store)
    const entries = adminLines(store, period)
    const t = sheetTotals(entries.filter(counts))
    return {
      period,
      label: periodLabel(period),
      kind: range.kind,
      from: range.from,
      to: range.to,
      periodMode: settings.periodMode,
      sheet: sheetOf(store, period) ?? null,
      entries,
      incomeFen: t.incomeFen,
      expenseFen: t.expenseFen,
      balanceFen: t.balanceFen,
      count: t.count,
      totals: t.totals,
      largeExpenseFen: largeFenOf(store)(period),
    }
  },
  'ledger.sheets': (_input, { store, now }) => {
    const byPeriod = new Map<string, LedgerEntry[]>()
    for (const e of store.all('ledger')) {
      const list = byPeriod.get(e.period)
      if (list) list.push(e)
      else byPeriod.set(e.period, [e])
    }
    const all = store.all('sheets').sort((a, b) => comparePeriods(a.key, b.key))
    const { periodMode } = settingsOf(store)
    const today = villageToday(now())
    const recent = recentPeriods(today, periodMode, periodMode === 'month' ? 12 : 4)
    return {
      periodMode,
      today,
      sheets: all.map((s) => listItem(store, s, byPeriod.get(s.key) ?? [])),
      openable: recent
        .filter((key) => !all.some((s) => overlaps(s.key, key)))
        .map((key) => ({ key, label: periodLabel(key) })),
    }
  },
  'ledger.pending': (_input, { store }) => {
    const sheets = store.all('sheets').sort((a, b) => comparePeriods(a.key, b.key))
    return {
      submitted: sheets.filter((s) => s.status === 'submitted').map((s) => listItem(store, s)),
      returned: sheets.filter((s) => s.status === 'returned').map((s) => listItem(store, s)),
      corrections: pendingCorrections(store, false),
      returnedCorrections: pendingCorrections(store, true),
    }
  },
  // Only signed projects (their current version): a line may not be linked to a draft.
  'ledger.projectChoices': (_input, { store }) =>
    currentPublished(store, 'projects')
      .map((p) => ({ id: p.id, name: p.name, status: p.status }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
}
