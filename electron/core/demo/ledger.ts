/** Years of vouchers ending with the last closed quarter, and a signed sheet for every period. */
import { periodRange } from '../../../contract'
import type { LedgerEntry, PeriodKey, PeriodSheet } from '../../../contract'
import { addDays, lastClosedMonth, monthKey, quarterOf, stamp } from './dates'
import { calendarLines } from './ledger-calendar'
import type { Draw, LineDraft } from './ledger-lines'
import { randomLine } from './ledger-random'
import type { Cast } from './members'
import type { ProjectPayment } from './projects'
import type { Rng } from './rng'

/** How much ledger to draw and where it ends. */
export interface LedgerOptions {
  years: number
  /** Multiplies the everyday vouchers per month (about 33 at scale 1). */
  scale: number
  today: string
  groups: number
}

/** The generated entries, oldest first, and their period sheets. */
export interface DemoLedger {
  entries: LedgerEntry[]
  sheets: PeriodSheet[]
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function paymentLine(p: ProjectPayment): LineDraft {
  return {
    category: 'assets',
    item: '在建工程',
    direction: 'expense',
    amountFen: p.amountFen,
    summary: p.summary,
    counterparty: p.counterparty,
    projectId: p.projectId,
    day: Number(p.date.slice(8, 10)),
  }
}

function monthEntries(d: Draw, period: PeriodKey, lines: LineDraft[]): LedgerEntry[] {
  const { rng, year, month, cast } = d
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const dated = lines.map((line) => ({ line, day: line.day ?? rng.int(1, days) }))
  dated.sort((a, b) => a.day - b.day)
  return dated.map(({ line, day }, i): LedgerEntry => {
    const date = `${year}-${pad(month)}-${pad(day)}`
    return {
      id: rng.uuid(),
      period,
      date,
      voucherNo: `记-${year}-${pad(month)}-${pad(i + 1, 3)}`,
      summary: line.summary,
      category: line.category,
      item: line.item,
      direction: line.direction,
      amountFen: line.amountFen,
      counterparty: line.counterparty,
      handler: rng.pick(cast.handlers),
      ...(line.projectId ? { projectId: line.projectId } : {}),
      attachments: [],
      createdAt: stamp(date, rng.int(9, 17), rng.int(0, 59)),
      createdBy: cast.clerk,
    }
  })
}

function sheet(rng: Rng, cast: Cast, key: PeriodKey, today: string): PeriodSheet {
  const to = periodRange(key).to
  const day = (n: number) => (addDays(to, n) < today ? addDays(to, n) : today)
  return {
    key,
    note: '',
    status: 'published',
    version: 1,
    createdAt: stamp(day(1), 9),
    createdBy: cast.clerk,
    submittedAt: stamp(day(2), 10),
    submittedBy: cast.clerk,
    publishedAt: stamp(day(rng.int(3, 8)), 15),
    publishedBy: rng.pick(cast.supervisors),
  }
}

/** Quarterly sheets for all but the last twelve months, which are published monthly. */
export function demoLedger(
  rng: Rng,
  cast: Cast,
  payments: ProjectPayment[],
  opts: LedgerOptions,
): DemoLedger {
  const last = lastClosedMonth(opts.today)
  const months = Math.max(1, Math.round(opts.years * 12))
  const paid = new Map<string, LineDraft[]>()
  for (const p of payments) {
    const key = p.date.slice(0, 7)
    paid.set(key, [...(paid.get(key) ?? []), paymentLine(p)])
  }
  const entries: LedgerEntry[] = []
  const periods: PeriodKey[] = []
  for (let i = 0; i < months; i++) {
    const mk = monthKey(last.year, last.month - months + 1 + i)
    const period = i >= months - 12 ? mk : quarterOf(mk)
    if (periods[periods.length - 1] !== period) periods.push(period)
    const draw: Draw = {
      rng,
      year: Number(mk.slice(0, 4)),
      month: Number(mk.slice(5)),
      groups: opts.groups,
      cast,
    }
    const lines = [...calendarLines(draw), ...(paid.get(mk) ?? [])]
    const everyday = Math.round(rng.int(26, 40) * opts.scale)
    for (let n = 0; n < everyday; n++) lines.push(randomLine(draw))
    for (const e of monthEntries(draw, period, lines)) entries.push(e)
  }
  return { entries, sheets: periods.map((key) => sheet(rng, cast, key, opts.today)) }
}
