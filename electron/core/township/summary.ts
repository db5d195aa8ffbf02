/**
 * What the console keeps of a checked package: enough to check the chain and fill a village's
 * row, without its records. Kept in a cache keyed by the file's identity (size, times, inode),
 * so a later open reads only new or changed files; any write to a file changes its ctime.
 */
import type { Stats } from 'node:fs'
import { FEN_MAX } from '../../../contract'
import type { PeriodKey, TownshipPackage, VillageStatus } from '../../../contract'
import { MANAGEMENT_ITEMS } from '../services/ledger-subjects'
import { villageDay } from '../services/questions/deadline'
import { utf8Of, type RecordText } from './package-text'

/** What one sheet adds to the totals: income, expense, and the 管理费用 within expense. */
export interface SheetTotals {
  key: PeriodKey
  incomeFen: number
  expenseFen: number
  managementFen: number
}

export interface PackageSummary {
  seq: number
  name: string
  fingerprint: string
  prevPackage: string
  at: string
  correction: boolean
  journal: { from: number; to: number; prev: string; last: string; count: number }
  checkpoint: { seq: number; hash: string }
  status: VillageStatus
  sheets: SheetTotals[]
  /** Questions withheld, by reason, as a withholding's board counts said (absent otherwise). */
  withheld?: WithheldCount[]
  /** Questions this package answered after their due day, as the kiosk's board marks them. */
  lateAnswers?: LateAnswer[]
}

/** A question answered after its due day: its id and the village day of the answer. */
export interface LateAnswer {
  id: string
  day: string
}

/** How many questions the village withheld for one reason. */
export interface WithheldCount {
  reason: string
  count: number
}

/** One file as last read: its identity, hash and either its summary or why it failed. */
export type CachedFile = {
  id: string
  sha256: string
} & (
  | { ok: true; summary: PackageSummary }
  | { ok: false; reason: 'unreadable' | 'signature' | 'key'; message: string; seq: number | null }
)

/** A file's identity on disk: a rewrite changes size, mtime or at least ctime. */
export function fileId(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`
}

interface SheetLine {
  item?: string
  direction?: string
  amountFen?: number
  supersededAt?: string
}
interface SheetView {
  key: PeriodKey
  incomeFen: number
  expenseFen: number
  entries: SheetLine[]
}

const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/
// A line is at most what the kiosk lets one amount be (Fen, 100 亿元); a sheet's totals at most a
// hundred such lines (1 万亿元, far beyond any village's period). A year's row adds up at most
// sixteen sheets (months, then quarters), still an exact number; sheets of 2^53 − 1 fen were
// not, and no screen can show such a sum.
const SHEET_MAX_FEN = 100 * FEN_MAX
const fen = (v: unknown, max = FEN_MAX) =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max

/**
 * Whether a package's sheet record has the form the console reads. Its signature is checked
 * after the summary is made (and a key is not needed to drop a file in a folder): a crafted
 * view must make its file unreadable, never stop the console for every village.
 */
function isSheetView(v: unknown): v is SheetView {
  if (!v || typeof v !== 'object') return false
  const s = v as Record<string, unknown>
  return (
    typeof s.key === 'string' &&
    PERIOD_KEY.test(s.key) &&
    fen(s.incomeFen, SHEET_MAX_FEN) &&
    fen(s.expenseFen, SHEET_MAX_FEN) &&
    Array.isArray(s.entries) &&
    s.entries.every(
      (e: unknown) =>
        !!e &&
        typeof e === 'object' &&
        ((e as SheetLine).amountFen === undefined || fen((e as SheetLine).amountFen)),
    )
  )
}

/** A package's sheet records could not be read as sheets (see isSheetView). */
export class MalformedSheet extends Error {}

/**
 * The items booked as 管理费用, as text and as read one byte per character (see package-text.ts):
 * 干部报酬 and 办公费 are 管理费用 in the township's books (the kiosk's own export files them so),
 * and a ratio without them was as low as a clerk chose to make it by picking those items.
 */
const MANAGEMENT: Record<RecordText, ReadonlySet<string | undefined>> = {
  exact: new Set(MANAGEMENT_ITEMS),
  bytes: new Set(MANAGEMENT_ITEMS.map((i) => Buffer.from(i, 'utf8').toString('latin1'))),
}

/**
 * Totals of a published sheet view; replaced lines (kept on record) do not count twice.
 * `recordText` says how the view's strings were read (the item name is compared as read).
 */
export function sheetTotals(view: SheetView, recordText: RecordText = 'exact'): SheetTotals {
  const management = MANAGEMENT[recordText]
  const managementFen = view.entries
    .filter((e) => management.has(e.item) && !e.supersededAt && e.direction !== 'income')
    .reduce((sum, e) => sum + (e.amountFen ?? 0), 0)
  // Part of the expense on a kiosk's sheet: more is no sheet a kiosk made (and thousands of
  // lines of 100 亿元 add up past any exact number).
  if (managementFen > view.expenseFen) throw new MalformedSheet()
  return { key: view.key, incomeFen: view.incomeFen, expenseFen: view.expenseFen, managementFen }
}

/**
 * The withheld counts of the package's last board record that has them (a withholding's), in
 * the order the kiosk gave; a record whose counts are not small whole numbers says nothing.
 */
function withheldOf(
  records: TownshipPackage['records'],
  recordText: RecordText,
): WithheldCount[] | undefined {
  let found: WithheldCount[] | undefined
  for (const r of records) {
    if (r.method !== 'questions.public' || !r.view || typeof r.view !== 'object') continue
    const counts = (r.view as { counts?: unknown }).counts
    const w =
      counts && typeof counts === 'object' ? (counts as { withheld?: unknown }).withheld : null
    if (!w || typeof w !== 'object' || Array.isArray(w)) continue
    const list = Object.entries(w).map(([reason, count]) => ({
      reason: recordText === 'bytes' ? utf8Of(reason) : reason,
      count: count as number,
    }))
    const sane =
      list.length <= 20 &&
      list.every((c) => c.reason.length <= 40 && Number.isSafeInteger(c.count) && c.count >= 0)
    if (sane) found = list
  }
  return found
}

const ANSWER_AT = /^\d{4}-\d{2}-\d{2}T/

/**
 * The answers in the package the kiosk marks 答复逾期 (answeredLate): once answered, a question
 * leaves the open ones the status lists, and lateness would otherwise leave the township's view.
 */
function lateAnswersOf(records: TownshipPackage['records']): LateAnswer[] {
  const out: LateAnswer[] = []
  for (const r of records) {
    if (r.method !== 'questions.public' || !r.view || typeof r.view !== 'object') continue
    const q = r.view as { id?: unknown; answeredLate?: unknown; answer?: { at?: unknown } }
    const at = q.answer && typeof q.answer === 'object' ? q.answer.at : undefined
    if (q.answeredLate !== true || typeof q.id !== 'string' || q.id.length > 64) continue
    if (typeof at !== 'string' || !ANSWER_AT.test(at)) continue
    out.push({ id: q.id, day: villageDay(at) })
  }
  return out
}

/** The summary of a package; `recordText` says how the strings in its records were read. */
export function summarise(pkg: TownshipPackage, recordText: RecordText = 'exact'): PackageSummary {
  const { journal } = pkg
  const withheld = withheldOf(pkg.records, recordText)
  const lateAnswers = lateAnswersOf(pkg.records)
  return {
    seq: pkg.seq,
    name: pkg.village.name,
    fingerprint: pkg.fingerprint,
    prevPackage: pkg.prevPackage,
    at: pkg.at,
    correction: pkg.correction,
    journal: {
      from: journal.from,
      to: journal.to,
      prev: journal.prev,
      last: journal.hashes.at(-1) ?? journal.prev,
      count: journal.hashes.length,
    },
    checkpoint: { seq: pkg.checkpoint.seq, hash: pkg.checkpoint.hash },
    status: pkg.status,
    sheets: pkg.records
      .filter((r) => r.method === 'ledger.sheet')
      .map((r) => {
        if (!isSheetView(r.view)) throw new MalformedSheet()
        return sheetTotals(r.view, recordText)
      }),
    ...(withheld ? { withheld } : {}),
    ...(lateAnswers.length > 0 ? { lateAnswers } : {}),
  }
}
