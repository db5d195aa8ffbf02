/** 财务计划: a plan for each full ledger year, drawn around what the ledger actually booked. */
import type { BudgetLine, CategoryCode, Direction, LedgerEntry } from '../../../contract'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

const LINES: ReadonlyArray<readonly [Direction, CategoryCode, string]> = [
  ['income', 'income', '经营收入'],
  ['income', 'income', '发包及上交收入'],
  ['income', 'income', '投资收益'],
  ['income', 'income', '补助收入'],
  ['income', 'resources', '土地发包'],
  ['income', 'resources', '水面'],
  ['expense', 'expense', '干部报酬'],
  ['expense', 'expense', '公益事业支出'],
  ['expense', 'expense', '管理费用'],
  ['expense', 'expense', '办公费'],
  ['expense', 'expense', '经营支出'],
  ['expense', 'distribution', '村民分红'],
  ['expense', 'assets', '在建工程'],
]

/** Rounded to whole thousands of 元, as plans are written. */
const thousands = (fen: number) => Math.max(100_000, Math.round(fen / 100_000) * 100_000)

/**
 * One plan per year from the first full ledger year to today's year. Plans sit within about
 * ±15% of the year's bookings (scaled up for a year still running); the year before today
 * plans 管理费用 at 80% of what was spent, so one expense line shows over budget.
 */
export function demoBudget(
  rng: Rng,
  cast: Cast,
  ledger: LedgerEntry[],
  today: string,
): BudgetLine[] {
  const thisYear = Number(today.slice(0, 4))
  const start = ledger[0]?.date ?? `${thisYear}-01-01`
  const first = Number(start.slice(0, 4)) + (start.slice(5, 7) === '01' ? 0 : 1)
  const out: BudgetLine[] = []
  for (let year = first; year <= thisYear; year++) {
    const inYear = ledger.filter((e) => e.date.startsWith(`${year}-`))
    const months = new Set(inYear.map((e) => e.date.slice(5, 7))).size || 12
    for (const [direction, category, item] of LINES) {
      const booked = inYear
        .filter((e) => e.direction === direction && e.category === category && e.item === item)
        .reduce((s, e) => s + e.amountFen, 0)
      const expected = Math.round((booked * 12) / months)
      const factor = year === thisYear - 1 && item === '管理费用' ? 0.8 : 0.9 + rng.next() * 0.25
      const plannedFen = expected > 0 ? thousands(expected * factor) : rng.int(5, 20) * 1_000_000
      out.push({
        id: rng.uuid(),
        year,
        direction,
        category,
        item,
        plannedFen,
        note: expected > 0 ? '' : '计划安排，视上级资金到位情况实施',
        ...publishedOn(rng, cast, `${year}-03-10`, today),
      })
    }
  }
  return out
}
