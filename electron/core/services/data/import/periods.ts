/**
 * Which periods an import may write: a draft or returned sheet takes lines; a period not yet
 * opened is opened (as a draft) by the import itself, under the same rules as 开始录入.
 */
import { periodLabel } from '../../../../../contract'
import type { PeriodSheet, PersonRef } from '../../../../../contract'
import { ApiFailure } from '../../../api/failure'
import type { Store } from '../../../store/types'
import { assertCanOpen } from '../../ledger-admin/sheets'
import { assertSheetEditable, linesOf } from '../../ledger-admin/rules'
import type { PeriodGate } from './rows'

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

/** Voucher numbers live lines of the period already use (replaced lines do not count). */
export function usedVouchers(store: Store): (period: string) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>()
  return (period) => {
    let s = cache.get(period)
    if (!s) {
      s = new Set(
        linesOf(store, period)
          .filter((e) => !e.supersededBy)
          .map((e) => e.voucherNo),
      )
      cache.set(period, s)
    }
    return s
  }
}

/** A new draft sheet for a period the import opens. */
export function newSheet(key: string, createdAt: string, createdBy: PersonRef): PeriodSheet {
  return { key, note: '', status: 'draft', version: 1, createdAt, createdBy }
}
