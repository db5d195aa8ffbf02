/** A period's sheet through its life: opened by the clerk, submitted, returned or signed by the 监委. */
import { periodLabel, periodRange } from '../../../../contract'
import type { PeriodSheet } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { villageToday } from '../sections/days'
import { plusDays } from '../sections/days'
import { wroteOrChanged } from '../editors'
import { settingsOf } from '../records/settings-read'
import {
  ACTION,
  actorOf,
  assertProjectsPublished,
  assertSheetEditable,
  linesOf,
  overlaps,
  recentPeriods,
  requireSheet,
  sheetUnchanged,
} from './rules'

/** Refuses a period the village cannot open (wrong kind, not begun, overlapping another). */
export function assertCanOpen(store: Store, period: string, today: string): void {
  const { periodMode } = settingsOf(store)
  const range = periodRange(period)
  if (range.kind !== periodMode) {
    const message =
      periodMode === 'month' ? '本村按月公开，请选择月份' : '本村按季度公开，请选择季度'
    throw new ApiFailure('BAD_INPUT', message, { period: message })
  }
  if (range.from > today) throw new ApiFailure('BAD_INPUT', '这一期还没有开始，不能录入')
  const other = store.all('sheets').find((s) => s.key !== period && overlaps(s.key, period))
  if (other) {
    throw new ApiFailure(
      'CONFLICT',
      `${periodLabel(period)}与已有的${periodLabel(other.key)}公开表时间重叠，不能再开一期`,
    )
  }
}

/**
 * Refuses turning a monthly village quarterly while a recent quarter is only partly opened by
 * month: its other months could then never be entered or published, being no quarter, and the
 * quarter itself overlapping the months already there.
 */
export function assertCanGoQuarterly(store: Store, today: string): void {
  // Months before the village's first sheet were published before the kiosk came (on paper):
  // they are never opened here, so a quarter begun mid-way by the kiosk is not half kept.
  const began = store
    .all('sheets')
    .map((s) => periodRange(s.key).from.slice(0, 7))
    .sort()[0]
  for (const quarter of recentPeriods(today, 'quarter', 4)) {
    const { year, from } = periodRange(quarter)
    const first = Number(from.slice(5, 7))
    const months = [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`)
    const kept = months.filter((m) => store.get('sheets', m))
    const gaps = months.filter((m) => !kept.includes(m) && began !== undefined && m > began)
    if (kept.length === 0 || gaps.length === 0) continue
    const words = (keys: string[]) => keys.map((m) => `${Number(m.slice(5))}月`).join('、')
    const missing = words(gaps)
    const message =
      `${periodLabel(quarter)}已按月开始录入${words(kept)}，改为按季度公开后，${missing}就无法再录入和公开。` +
      `请等${missing}也按月开始录入以后再改`
    throw new ApiFailure('CONFLICT', message, { periodMode: message })
  }
}

/**
 * A sheet goes to the 监委 only from its period's last day, and is signed only once the period
 * has ended: signed earlier, the payments of the days (or the afternoon) left could go nowhere
 * (a published sheet takes no new line, a correction only replaces one, and every line is dated
 * inside its period). The 监委 can still return a sheet submitted on the last day.
 */
function assertPeriodOver(period: string, today: string, doing: '提交' | '签字公开'): void {
  const { to } = periodRange(period)
  const from = doing === '提交' ? to : plusDays(to, 1)
  if (from <= today) return
  const day = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
  throw new ApiFailure(
    'CONFLICT',
    `${periodLabel(period)}要到${day(to)}才结束，请在${day(from)}或以后再${doing}；提前公开，以后几天的账目就记不进这一期了`,
  )
}

async function save(
  store: Store,
  sheet: PeriodSheet,
  action: string,
  actor: PeriodSheet['createdBy'],
  /** The sheet as the handler read it: the commit is refused if it changed meanwhile. */
  before?: PeriodSheet,
) {
  await store.commit({
    actor,
    action,
    entity: 'sheets',
    id: sheet.key,
    puts: [{ coll: 'sheets', id: sheet.key, value: sheet }],
    ...(before ? { recheck: sheetUnchanged(store, before) } : {}),
  })
  return sheet
}

/** Handlers that move a sheet along draft → submitted → returned | published. */
export const sheetHandlers: HandlerGroup<
  'ledger.closePeriod' | 'ledger.submit' | 'ledger.return' | 'ledger.publish'
> = {
  'ledger.closePeriod': async ({ period }, ctx) => {
    const actor = actorOf(ctx)
    const existing = ctx.store.get('sheets', period)
    if (existing) return existing
    assertCanOpen(ctx.store, period, villageToday(ctx.now()))
    const sheet: PeriodSheet = {
      key: period,
      note: '',
      status: 'draft',
      version: 1,
      createdAt: ctx.now().toISOString(),
      createdBy: actor,
    }
    return save(ctx.store, sheet, ACTION.close, actor)
  },
  'ledger.submit': async ({ period }, ctx) => {
    const actor = actorOf(ctx)
    const sheet = assertSheetEditable(requireSheet(ctx.store, period))
    const lines = linesOf(ctx.store, period)
    if (lines.length === 0) {
      throw new ApiFailure('CONFLICT', '这一期还没有录入任何账目，不能提交')
    }
    assertPeriodOver(period, villageToday(ctx.now()), '提交')
    assertProjectsPublished(ctx.store, lines)
    const { returnedEntries: _named, ...rest } = sheet
    const next: PeriodSheet = {
      ...rest,
      status: 'submitted',
      submittedAt: ctx.now().toISOString(),
      submittedBy: actor,
    }
    return save(ctx.store, next, ACTION.submit, actor, sheet)
  },
  'ledger.return': async ({ period, comment, entryIds }, ctx) => {
    const actor = actorOf(ctx)
    const sheet = requireSheet(ctx.store, period)
    if (sheet.status !== 'submitted') {
      throw new ApiFailure('CONFLICT', '只有已提交、等待审核的账目才能退回')
    }
    const ids = new Set(linesOf(ctx.store, period).map((e) => e.id))
    const stray = entryIds.find((id) => !ids.has(id))
    if (stray) throw new ApiFailure('BAD_INPUT', '退回时指出的账目不在这一期里')
    const next: PeriodSheet = {
      ...sheet,
      status: 'returned',
      returnComment: comment,
      returnedAt: ctx.now().toISOString(),
      returnedBy: actor,
      returnedEntries: [...new Set(entryIds)],
    }
    return save(ctx.store, next, ACTION.return, actor, sheet)
  },
  'ledger.publish': async ({ period }, ctx) => {
    const actor = actorOf(ctx)
    const { store } = ctx
    const sheet = requireSheet(store, period)
    if (sheet.status !== 'submitted') {
      throw new ApiFailure('CONFLICT', '只有已提交、等待审核的账目才能签字公开')
    }
    assertPeriodOver(period, villageToday(ctx.now()), '签字公开')
    if (sheet.submittedBy?.id === actor.id) {
      throw new ApiFailure('FORBIDDEN', '不能签字公开自己提交的账目，请由另一位监委成员审核')
    }
    // Lines one entered, changed or took out, submitted by a colleague, are still one's own work.
    const removed = sheet.editedBy?.some((p) => p.id === actor.id)
    if (removed || linesOf(store, period).some((e) => wroteOrChanged(e, actor))) {
      throw new ApiFailure(
        'FORBIDDEN',
        '这一期有您录入、改过或删去的账目，不能由您签字公开，请由另一位监委成员审核',
      )
    }
    assertProjectsPublished(store, linesOf(store, period))
    const at = ctx.now().toISOString()
    const next: PeriodSheet = {
      ...sheet,
      status: 'published',
      publishedAt: at,
      publishedBy: actor,
      largeExpenseFen: settingsOf(store).largeExpenseFen,
    }
    const lines = linesOf(store, period).map((e) => ({ ...e, publishedAt: at, publishedBy: actor }))
    // One change: the sheet and every line go public together, signed once.
    await store.commit({
      actor,
      action: ACTION.publish,
      entity: 'sheets',
      id: period,
      recheck: sheetUnchanged(store, sheet),
      puts: [
        { coll: 'sheets', id: period, value: next },
        ...lines.map((e) => ({ coll: 'ledger' as const, id: e.id, value: e })),
      ],
    })
    return next
  },
}
