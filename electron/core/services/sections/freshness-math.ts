/** The quarterly rule in plain words: finances must be published at least once a quarter. */
import { periodLabel, periodRange } from '../../../../contract'
import type { FinanceFreshness, PeriodKey } from '../../../../contract'
import { monthEndAfter, plusDays } from './days'

/** Days of grace after a quarter for closing and signing the next sheet. */
export const GRACE_DAYS = 10

/** The last day the sheet after one ending on `periodEnd` may appear: a quarter and 10 days on. */
export function nextSheetDueBy(periodEnd: string): string {
  return plusDays(monthEndAfter(periodEnd, 3), GRACE_DAYS)
}

/** Whether finances are overdue today, with the warning a villager reads. */
export function financeFreshness(latest: PeriodKey | null, today: string): FinanceFreshness {
  if (!latest) {
    return {
      latestPeriod: null,
      latestPeriodEnd: null,
      dueBy: null,
      overdue: true,
      warning: '还没有公开过任何一期财务账目。按规定，财务至少每季度公开一次。',
    }
  }
  const end = periodRange(latest).to
  const dueBy = nextSheetDueBy(end)
  const overdue = today > dueBy
  return {
    latestPeriod: latest,
    latestPeriodEnd: end,
    dueBy,
    overdue,
    warning: overdue
      ? `财务公开已超期：最近一次公开的是${periodLabel(latest)}的账目（截至${end}），` +
        `按每季度至少公开一次的规定，下一期最迟应在${dueBy}前公开。`
      : null,
  }
}
