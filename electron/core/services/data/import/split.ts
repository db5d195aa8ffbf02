/** The preview's counts and its split by period (a quarter's file into three monthly drafts). */
import { periodLabel } from '../../../../../contract'
import type {
  ImportCounts,
  ImportPeriod,
  ImportRow,
} from '../../../../../contract/schemas/data-import'
import type { PeriodGate } from './rows'

/** Lines to import, rows with errors, rows waiting for a category answer, skipped rows. */
export function tally(rows: readonly ImportRow[], unlisted: number): ImportCounts {
  const c: ImportCounts = {
    entries: 0,
    withErrors: 0,
    waiting: 0,
    skipped: unlisted,
    incomeFen: 0,
    expenseFen: 0,
  }
  for (const r of rows) {
    if (r.kind === 'skipped') c.skipped++
    else if (r.errors.length > 0) c.withErrors++
    else if (r.ask) c.waiting++
    else if (r.entry) {
      c.entries++
      if (r.entry.direction === 'income') c.incomeFen += r.entry.amountFen
      else c.expenseFen += r.entry.amountFen
    }
  }
  return c
}

/** Each period the lines go into, oldest first, and whether the import opens it. */
export function periodSplit(rows: readonly ImportRow[], gate: PeriodGate): ImportPeriod[] {
  const by = new Map<string, ImportPeriod>()
  for (const r of rows) {
    const e = r.errors.length === 0 ? r.entry : undefined
    if (!e) continue
    let p = by.get(e.period)
    if (!p) {
      const open = gate(e.period)
      p = {
        key: e.period,
        label: periodLabel(e.period),
        isNew: open.ok && open.isNew,
        entries: 0,
        incomeFen: 0,
        expenseFen: 0,
      }
      by.set(e.period, p)
    }
    p.entries++
    if (e.direction === 'income') p.incomeFen += e.amountFen
    else p.expenseFen += e.amountFen
  }
  return [...by.values()].sort((a, b) => a.key.localeCompare(b.key))
}
