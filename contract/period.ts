/**
 * Periods a finance sheet covers: a month ('2026-03') or a quarter ('2026-Q1'). Plain
 * functions, no zod: the kiosk's first screen uses them (the schema is in schemas/period-key).
 */
import type { PeriodKey } from './schemas/period-key'

export interface PeriodRange {
  key: PeriodKey
  kind: 'month' | 'quarter'
  year: number
  /** Inclusive ISO dates. */
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

export function periodRange(key: PeriodKey): PeriodRange {
  const year = Number(key.slice(0, 4))
  const rest = key.slice(5)
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1))
    const m1 = (q - 1) * 3 + 1
    const m3 = m1 + 2
    return {
      key,
      kind: 'quarter',
      year,
      from: `${year}-${pad(m1)}-01`,
      to: `${year}-${pad(m3)}-${pad(lastDay(year, m3))}`,
    }
  }
  const m = Number(rest)
  return {
    key,
    kind: 'month',
    year,
    from: `${year}-${pad(m)}-01`,
    to: `${year}-${pad(m)}-${pad(lastDay(year, m))}`,
  }
}

/** 2026年第一季度 / 2026年3月 */
export function periodLabel(key: PeriodKey): string {
  const r = periodRange(key)
  if (r.kind === 'quarter') return `${r.year}年第${'一二三四'[Number(key.slice(6)) - 1]}季度`
  return `${r.year}年${Number(key.slice(5))}月`
}

export function periodContains(key: PeriodKey, isoDate: string): boolean {
  const r = periodRange(key)
  const d = isoDate.slice(0, 10)
  return d >= r.from && d <= r.to
}

/**
 * ISO dates and times in order (any ASCII text, in fact): plain comparison, as localeCompare
 * would first build an ICU collator (~9 ms in a fresh renderer) and compares at half the speed.
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Newest first. */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  const ra = periodRange(a)
  const rb = periodRange(b)
  return compareIso(rb.to, ra.to) || compareIso(rb.from, ra.from)
}
