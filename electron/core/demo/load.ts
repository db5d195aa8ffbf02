/** Puts the demo village into an empty store, as a handful of journal changes marked demo.load. */
import { ALL_COLLECTIONS } from '../services/collections'
import { ApiFailure } from '../api/failure'
import { villageToday } from '../services/sections/days'
import type { QuestionRecord } from '../services/questions/types'
import type { Change, CollectionName, Store } from '../store/types'
import { demoAttachments } from './attachments'
import { sectionsChange } from './sections'
import { demoQuestionsChange } from './questions'
import { demoUsersChange } from './users'
import { generateDemoVillage, type DemoVillage } from './village'

/** How loadDemoVillage is asked: the generator's options, with the clock instead of a date. */
export interface LoadDemoOptions {
  seed: number | string
  years?: number
  scale?: number
  /** The core's clock (or one reading of it); the village's today is taken from it. */
  now: Date | (() => Date)
  /** The data folder: when given, the demo's photos and scans are written into it too. */
  dir?: string
}

/** What was written, for logs and the admin screen. */
export interface DemoLoadReport {
  changes: number
  records: number
  ledgerEntries: number
}

function change(
  coll: CollectionName,
  id: string,
  records: Array<{ id: string; value: unknown }>,
): Change {
  return {
    actor: null,
    action: 'demo.load',
    entity: coll,
    id,
    puts: records.map((r) => ({ coll, id: r.id, value: r.value })),
  }
}

/** Splits the village into changes: one per collection, the ledger one per year. */
export function demoChanges(v: DemoVillage): Change[] {
  const many = <T extends { id: string }>(coll: CollectionName, list: T[]) =>
    change(
      coll,
      'demo',
      list.map((r) => ({ id: r.id, value: r })),
    )
  const byYear = new Map<string, Array<{ id: string; value: unknown }>>()
  for (const e of v.ledger) {
    const year = e.period.slice(0, 4)
    let list = byYear.get(year)
    if (!list) byYear.set(year, (list = []))
    list.push({ id: e.id, value: e })
  }
  return [
    change('village', 'profile', [{ id: 'profile', value: v.profile }]),
    change('settings', 'settings', [{ id: 'settings', value: v.settings }]),
    many('members', v.members),
    many('projects', v.projects),
    many('matters', v.matters),
    many('notices', v.notices),
    ...[...byYear].map(([year, list]) => change('ledger', year, list)),
    change(
      'sheets',
      'demo',
      v.sheets.map((s) => ({ id: s.key, value: s })),
    ),
    sectionsChange(v),
  ]
}

/** Loads the demo village; refuses a store that already holds anything, so real data is safe. */
export async function loadDemoVillage(
  store: Store,
  opts: LoadDemoOptions,
): Promise<DemoLoadReport> {
  if (store.head().seq > 0 || ALL_COLLECTIONS.some((c) => store.all(c).length > 0)) {
    throw new ApiFailure('CONFLICT', '系统里已有村务数据，不能再载入演示村')
  }
  const { seed, years, scale } = opts
  const now = typeof opts.now === 'function' ? opts.now() : opts.now
  const village = generateDemoVillage({ seed, years, scale, today: villageToday(now) })
  const questions = demoQuestionsChange(seed, village, now)
  // Files first: the records below name them.
  const files = opts.dir
    ? await demoAttachments(opts.dir, village, questionRecords(questions), now.toISOString())
    : null
  const changes = files ? [files, ...demoChanges(village)] : demoChanges(village)
  changes.push(await demoUsersChange(seed, village.members, now.toISOString()))
  changes.push(questions)
  let records = 0
  for (const c of changes) {
    await store.commit(c)
    records += c.puts.length
  }
  return { changes: changes.length, records, ledgerEntries: village.ledger.length }
}

/** The question records inside the demo's questions change, to attach files to in place. */
function questionRecords(c: Change): QuestionRecord[] {
  return c.puts.map((p) => p.value as QuestionRecord)
}
