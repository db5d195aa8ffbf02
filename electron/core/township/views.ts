/**
 * What goes into a package, taken through the kiosk's own public API (so it is masked exactly
 * as the kiosk shows it): the records a publish made public, and the village's status.
 */
import type { Method, PackageRecord, QuestionBoard, VillageStatus } from '../../../contract'
import { LIST_PAGE_MAX, type ListPage } from '../../../contract/schemas/paging'
import type { JournalEntry } from '../store/types'

/** Calls a public method as an anonymous villager would, at a fixed time; throws on refusal. */
export type PublicRead = (method: Method, input: Record<string, unknown>) => Promise<unknown>

const GET_BY_ID: Record<string, Method> = {
  projects: 'projects.get',
  matters: 'matters.get',
  meetings: 'meetings.get',
  notices: 'notices.get',
  specials: 'finance.special',
}
const WHOLE_LIST: Record<string, Method> = {
  budget: 'finance.budget',
  assets: 'finance.assets',
  debts: 'finance.debts',
  distributions: 'finance.distributions',
}

/**
 * Whether a journal entry changed what is public: a sheet, a record, a correction, an answer,
 * or a question withheld (the board's counts change; the township must see cadres withhold).
 */
export function isPublish(entry: JournalEntry): boolean {
  const a = entry.action
  return (
    a === 'ledger.publish' ||
    a === 'ledger.correction.publish' ||
    a === 'questions.answer' ||
    a === 'questions.withhold' ||
    /^[a-z]+\.publish$/.test(a)
  )
}

/** Whether the publish was a correction of something already public. */
export function isCorrection(entry: JournalEntry): boolean {
  if (entry.action === 'ledger.correction.publish') return true
  const first = entry.data.puts[0]?.value as { supersedes?: string } | null | undefined
  return entry.action !== 'ledger.publish' && !!first?.supersedes
}

function requests(entry: JournalEntry): Array<{ method: Method; input: Record<string, unknown> }> {
  const a = entry.action
  if (a === 'ledger.publish')
    return [{ method: 'ledger.sheet', input: { period: entry.id, all: true } }]
  if (a === 'ledger.correction.publish') {
    const lines = entry.data.puts.filter((p) => p.coll === 'ledger')
    const periods = new Set(lines.map((p) => (p.value as { period?: string } | null)?.period))
    // The corrected lines, then their whole sheet again: the township's totals are per sheet
    // (a later sheet of the same period replaces the earlier), so they follow the correction.
    return [
      ...lines.map((p) => ({ method: 'ledger.entry' as const, input: { id: p.id } })),
      ...[...periods]
        .filter((k): k is string => !!k)
        .map((period) => ({ method: 'ledger.sheet' as const, input: { period, all: true } })),
    ]
  }
  if (a === 'questions.answer' || a === 'questions.withhold')
    return [{ method: 'questions.public', input: {} }]
  const coll = a.split('.')[0] ?? ''
  const byId = GET_BY_ID[coll]
  if (byId) return [{ method: byId, input: { id: entry.id } }]
  const list = WHOLE_LIST[coll]
  return list ? [{ method: list, input: {} }] : []
}

/**
 * The public views of what these entries published: an answer, just that question; a question
 * withheld, the board's counts (what villagers see of it: how many, and why).
 */
export async function publishedRecords(
  entries: JournalEntry[],
  read: PublicRead,
): Promise<PackageRecord[]> {
  const out: PackageRecord[] = []
  for (const entry of entries.filter(isPublish)) {
    for (const { method, input } of requests(entry)) {
      let view = await read(method, input).catch(() => null)
      if (method === 'questions.public') {
        const board = view as QuestionBoard | null
        view =
          entry.action === 'questions.withhold'
            ? board && { counts: board.counts }
            : (board?.questions.find((q) => q.id === entry.id) ?? null)
      }
      // A record corrected again before this package was made is no longer public: skip it.
      if (view !== null) out.push({ method, input, view })
    }
  }
  return out
}

/** Every row of a paged public list (the kiosk sends a page at a time; the township needs all). */
async function wholeList<T>(read: PublicRead, method: Method): Promise<T[]> {
  const rows: T[] = []
  for (;;) {
    const page = (await read(method, { offset: rows.length, limit: LIST_PAGE_MAX })) as ListPage<T>
    rows.push(...page.items)
    if (page.items.length === 0 || rows.length >= page.total) return rows
  }
}

/** The village's standing as the township needs it: period mode, open questions, rule breaks. */
export async function villageStatus(read: PublicRead): Promise<VillageStatus> {
  const settings = (await read('settings.get', {})) as { periodMode: 'month' | 'quarter' }
  const board = (await read('questions.public', {})) as QuestionBoard
  const matters = await wholeList<{ title: string; ruleChecks: string[] }>(read, 'matters.list')
  return {
    periodMode: settings.periodMode,
    openQuestionDeadlines: board.questions.filter((q) => !q.answer).map((q) => q.dueAt),
    matterWarnings: matters
      .filter((m) => m.ruleChecks.length > 0)
      .map((m) => ({ title: m.title, checks: m.ruleChecks })),
  }
}
