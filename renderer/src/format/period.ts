import { comparePeriods, type PeriodSummary } from '../../../contract'

export interface PeriodYear {
  year: number
  periods: PeriodSummary[]
}

/** Published periods newest first, grouped by year, as the period picker lays them out. */
export function groupByYear(periods: readonly PeriodSummary[]): PeriodYear[] {
  const sorted = [...periods].sort((a, b) => comparePeriods(a.key, b.key))
  const years: PeriodYear[] = []
  for (const p of sorted) {
    const year = Number(p.key.slice(0, 4))
    const last = years[years.length - 1]
    if (last && last.year === year) last.periods.push(p)
    else years.push({ year, periods: [p] })
  }
  return years
}

/** The part of a period key after the year: { kind: 'quarter', n: 1 } for '2026-Q1'. */
export function periodPart(key: string): { kind: 'month' | 'quarter'; n: number } {
  const rest = key.slice(5)
  return rest.startsWith('Q')
    ? { kind: 'quarter', n: Number(rest.slice(1)) }
    : { kind: 'month', n: Number(rest) }
}

/** True for keys core accepts (2026-03, 2026-Q1), so a bad address never reaches the API. */
export function isPeriodKey(key: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/.test(key)
}
