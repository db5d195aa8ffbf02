/**
 * Which periods an import may write: a draft or returned sheet takes lines; a period not yet
 * opened is opened (as a draft) by the import itself, under the same rules as 开始录入.
 */
import { numberedByMonth, periodLabel, voucherKeys } from '../../../../../contract'
import type { PeriodSheet, PersonRef } from '../../../../../contract'
import { ApiFailure } from '../../../api/failure'
import type { Store } from '../../../store/types'
import { assertCanOpen } from '../../ledger-admin/sheets'
import { assertSheetEditable, linesOf } from '../../ledger-admin/rules'
import type { PeriodGate } from './rows'
import { takenBy } from './vouchers'

/** The gate for one preview or commit (answers are cached: a file asks about few periods). */
export function periodGate(store: Store, today: string): PeriodGate {
  const seen = new Map<string, ReturnType<PeriodGate>>()
  return (period) => {
    let r = seen.get(period)
    if (!r) {
      r = check(store, period, today)
      seen.set(period, r)
    }
    return r
  }
}

function check(store: Store, period: string, today: string): ReturnType<PeriodGate> {
  try {
    const sheet = store.get('sheets', period)
    if (sheet) {
      assertSheetEditable(sheet)
      return { ok: true, isNew: false }
    }
    assertCanOpen(store, period, today)
    return { ok: true, isNew: true }
  } catch (e) {
    if (!(e instanceof ApiFailure)) throw e
    return { ok: false, error: `${periodLabel(period)}：${e.message}` }
  }
}

const liveLines = (store: Store, period: string) =>
  linesOf(store, period).filter((e) => !e.supersededBy)

/**
 * The voucher numbers live lines of the period already use (replaced lines do not count), as
 * compared (`voucherKeys`: as written, and under its month), so `takenBy` finds a line the way
 * hand entry's `sameVoucher` does.
 */
export function usedVouchers(store: Store): (period: string) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>()
  return (period) => {
    let s = cache.get(period)
    if (!s) {
      s = new Set(liveLines(store, period).flatMap(voucherKeys))
      cache.set(period, s)
    }
    return s
  }
}

/**
 * Whether a quarter's live lines are written month by month already (10月记-1: `numberedByMonth`,
 * the rule hand entry follows too), so a month imported later is written so as well.
 */
export function storedByMonth(store: Store): (period: string) => boolean {
  const cache = new Map<string, boolean>()
  return (period) => {
    let b = cache.get(period)
    if (b === undefined) {
      b = numberedByMonth(period, liveLines(store, period))
      cache.set(period, b)
    }
    return b
  }
}

const AGAIN = '没有导入任何账目，请重新导入'

/**
 * The preview's verdict, checked again against the records as they are at the commit (the
 * store's recheck): a long file is read over many turns, and meanwhile a sheet can be submitted
 * or signed, a period opened, or the same file committed from another screen.
 */
export function assertStillImportable(
  store: Store,
  today: string,
  periods: ReadonlyArray<{ key: string; isNew: boolean }>,
  lines: ReadonlyArray<{ period: string; voucherNo: string; date: string }>,
): void {
  const gate = periodGate(store, today)
  for (const x of periods) {
    const now = gate(x.key)
    if (!now.ok) throw new ApiFailure('CONFLICT', `${now.error}（导入期间有了变动），${AGAIN}`)
    if (now.isNew !== x.isNew) {
      throw new ApiFailure('CONFLICT', `${periodLabel(x.key)}在导入期间已开始录入，${AGAIN}`)
    }
  }
  const used = usedVouchers(store)
  const taken = lines.find((l) => takenBy(used(l.period), l.voucherNo, l.date))
  if (taken) {
    throw new ApiFailure(
      'CONFLICT',
      `${periodLabel(taken.period)}的凭证号“${taken.voucherNo}”在导入期间已经录入，${AGAIN}`,
    )
  }
}

/** A new draft sheet for a period the import opens. */
export function newSheet(key: string, createdAt: string, createdBy: PersonRef): PeriodSheet {
  return { key, note: '', status: 'draft', version: 1, createdAt, createdBy }
}
