/** The public 财务公开 handlers: published period sheets, their totals and every line. */
import { categoryName, comparePeriods, periodLabel, periodRange } from '../../../contract'
import { SHEET_PAGE } from '../../../contract'
import type { LedgerEntry, LedgerEntryView, PeriodSheet, PeriodSummary } from '../../../contract'
import { ApiFailure } from '../api/failure'
import type { HandlerGroup } from '../api/handlers'
import type { Store } from '../store/types'
import { correctionFacts } from './ledger-admin/public-view'
import { atHead } from './at-head'
import { currentLines } from './ledger-lines'
import { isLarge, latest, sheetTotals, type SheetTotals } from './ledger-math'
import { isPublicEntry, publishedSheets } from './published'
import { settingsOf } from './records/settings-read'
import { linkedPublished } from './sections/records'

/**
 * The 大额 line of each period: the one its sheet was signed under, else (a draft, or a sheet
 * signed before sheets kept it) the current setting, read once.
 */
export function largeFenOf(store: Store): (period: string) => number {
  let current: number | undefined
  return (period) =>
    store.get('sheets', period)?.largeExpenseFen ?? (current ??= settingsOf(store).largeExpenseFen)
}

/** The current lines of each published period, in sheet order (shared: never mutate). */
export function publishedEntries(
  store: Store,
  keys: ReadonlySet<string>,
): Map<string, readonly LedgerEntry[]> {
  const out = new Map<string, readonly LedgerEntry[]>()
  for (const [period, list] of currentLines(store)) if (keys.has(period)) out.set(period, list)
  return out
}

/** A period's headline: its label, totals and who signed it. */
export function periodSummary(sheet: PeriodSheet, t: SheetTotals): PeriodSummary {
  return {
    key: sheet.key,
    label: periodLabel(sheet.key),
    kind: periodRange(sheet.key).kind,
    incomeFen: t.incomeFen,
    expenseFen: t.expenseFen,
    entryCount: t.count,
    ...(sheet.publishedAt ? { publishedAt: sheet.publishedAt } : {}),
    ...(sheet.publishedBy ? { signedBy: sheet.publishedBy.name } : {}),
  }
}

/**
 * A public line: its project named and linked as it now reads (the current published version of
 * the one it was entered against), and neither when that project is not public.
 */
function entryView(store: Store, e: LedgerEntry, largeFen: number): LedgerEntryView {
  const { projectId, ...line } = e
  const project = linkedPublished(store, 'projects', projectId)
  return {
    ...line,
    categoryName: categoryName(e.category),
    ...(project ? { projectId: project.id, projectName: project.name } : {}),
    large: isLarge(e, largeFen),
    ...correctionFacts(store, e),
  }
}

const NO_SHEET = '没有找到这一期的公开表，可能还没有经监委会审核公开'

/** A published period's sheet and its current lines in sheet order; NOT_FOUND if unpublished. */
function publishedPeriod(
  store: Store,
  period: string,
): { sheet: PeriodSheet; list: readonly LedgerEntry[] } {
  const sheet = publishedSheets(store).get(period)
  if (!sheet) throw new ApiFailure('NOT_FOUND', NO_SHEET)
  return { sheet, list: currentLines(store).get(period) ?? [] }
}

/** Handlers for the 财务公开 section; nothing unpublished ever leaves here. */
export const ledgerHandlers: HandlerGroup<
  'ledger.periods' | 'ledger.sheet' | 'ledger.sheetEntries' | 'ledger.entry'
> = {
  'ledger.periods': (_input, { store }) => {
    const sheets = publishedSheets(store)
    // Totals of ten years of lines: summed once per change, not on every visit (~11 ms).
    const totals = atHead(store, 'periodTotals', () => {
      const entries = publishedEntries(store, new Set(sheets.keys()))
      return new Map([...sheets.keys()].map((k) => [k, sheetTotals(entries.get(k) ?? [])]))
    })
    return [...sheets.values()]
      .sort((a, b) => comparePeriods(a.key, b.key))
      .map((s) => periodSummary(s, totals.get(s.key) ?? sheetTotals([])))
  },
  // Totals always over the whole period; only the lines sent are a page (the kiosk's list)
  // or all of them (the printed 公开表).
  'ledger.sheet': ({ period, all }, { store }) => {
    const { sheet, list } = publishedPeriod(store, period)
    const largeExpenseFen = largeFenOf(store)(period)
    const t = sheetTotals(list)
    const shown = all ? list : list.slice(0, SHEET_PAGE)
    const range = periodRange(period)
    return {
      ...periodSummary(sheet, t),
      from: range.from,
      to: range.to,
      status: sheet.status,
      balanceFen: t.balanceFen,
      totals: t.totals,
      entries: shown.map((e) => entryView(store, e, largeExpenseFen)),
      largeExpenseFen,
      lastUpdated: latest([
        sheet.createdAt,
        sheet.submittedAt,
        sheet.publishedAt,
        ...list.map((e) => e.publishedAt ?? e.createdAt),
      ]),
    }
  },
  'ledger.sheetEntries': ({ period, offset, limit }, { store }) => {
    const { list } = publishedPeriod(store, period)
    const largeExpenseFen = largeFenOf(store)(period)
    return {
      period,
      offset,
      entries: list.slice(offset, offset + limit).map((e) => entryView(store, e, largeExpenseFen)),
      entryCount: list.length,
    }
  },
  'ledger.entry': ({ id }, { store }) => {
    const e = store.get('ledger', id)
    if (!e || !publishedSheets(store).has(e.period) || !isPublicEntry(e, store)) {
      throw new ApiFailure('NOT_FOUND', '没有找到这笔账目，可能还没有公开')
    }
    return entryView(store, e, largeFenOf(store)(e.period))
  },
}
