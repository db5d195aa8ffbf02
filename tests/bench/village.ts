/**
 * The benchmark's ten-year village: the demo generator at ten years and a scale that gives
 * about 60,000 ledger lines, topped up by this bench-only wrapper with copies of the demo's
 * own projects, meetings and notices (moved back in time) and 5,000 voucher photos.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LedgerEntry } from '../../contract'
import { openCore } from '../../electron/core/core'
import type { CollectionName, Store } from '../../electron/core/store/types'
import { TEST_NOW } from '../e2e/hosts/types'

/** What the issue asks the village to hold. */
export const TARGET = {
  ledger: 60_000,
  projects: 200,
  meetings: 600,
  notices: 2_000,
  attachments: 5_000,
}
// BENCH_YEARS / BENCH_SCALE shrink the village for a quick trial of the benchmark itself.
const YEARS = Number(process.env.BENCH_YEARS ?? 10)
const SCALE = Number(process.env.BENCH_SCALE ?? 15)

/** An ISO date (or date-time) moved back whole years; 29 Feb becomes 28 Feb. */
function backYears(value: unknown, years: number): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const y = String(Number(value.slice(0, 4)) - years)
    const rest = value.slice(4).replace(/^-02-29/, '-02-28')
    return y + rest
  }
  if (Array.isArray(value)) return value.map((v) => backYears(v, years))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = backYears(v, years)
    return out
  }
  return value
}

/** Copies published records of a collection until it holds `target`, each in an earlier year. */
async function topUp(store: Store, coll: CollectionName, target: number): Promise<number> {
  const originals = (store.all(coll) as Array<Record<string, unknown>>).filter(
    (r) => r.status === undefined || r.status === 'published',
  )
  const puts: Array<{ coll: CollectionName; id: string; value: unknown }> = []
  for (let n = store.all(coll).length; n < target && originals.length > 0; n++) {
    const r = originals[n % originals.length]!
    const years = 1 + (Math.floor(n / originals.length) % (YEARS - 1))
    const id = `bench-${coll}-${n}`
    const copy: Record<string, unknown> = { ...(backYears(r, years) as object), id }
    for (const k of ['supersedes', 'supersededBy']) delete copy[k]
    puts.push({ coll, id, value: copy })
  }
  for (let i = 0; i < puts.length; i += 500) {
    await store.commit({
      actor: null,
      action: 'bench.load',
      entity: coll,
      id: 'bench',
      puts: puts.slice(i, i + 500),
    })
  }
  return puts.length
}

/** Gives 5,000 lines a voucher photo each: a small distinct file stored by its sha256. */
async function attachPhotos(store: Store, dir: string, count: number): Promise<void> {
  await mkdir(join(dir, 'attachments'), { recursive: true })
  const lines = store
    .all('ledger')
    .filter((e) => e.attachments.length === 0)
    .slice(0, count)
  const byYear = new Map<string, LedgerEntry[]>()
  for (const [n, e] of lines.entries()) {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from(`voucher ${n} ${e.id}`),
    ])
    const name = `${createHash('sha256').update(bytes).digest('hex')}.jpg`
    await writeFile(join(dir, 'attachments', name), bytes)
    const year = e.date.slice(0, 4)
    byYear.set(year, [...(byYear.get(year) ?? []), { ...e, attachments: [name] }])
  }
  for (const [year, list] of byYear) {
    const puts = list.map((e) => ({ coll: 'ledger' as const, id: e.id, value: e }))
    await store.commit({ actor: null, action: 'bench.load', entity: 'ledger', id: year, puts })
  }
}

/** Record counts of the village as built. */
export type VillageCounts = Record<keyof typeof TARGET, number>

/** Builds the village in a fresh temp folder; returns the folder and what it holds. */
export async function buildBenchVillage(): Promise<{ dir: string; counts: VillageCounts }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-village-'))
  const now = () => new Date(TEST_NOW)
  const core = await openCore({ dir, now, demo: true, demoYears: YEARS, demoScale: SCALE })
  const store = core.store
  for (const coll of ['projects', 'meetings', 'notices'] as const)
    await topUp(store, coll, TARGET[coll])
  await attachPhotos(store, dir, TARGET.attachments)
  const counts: VillageCounts = {
    ledger: store.all('ledger').length,
    projects: store.all('projects').length,
    meetings: store.all('meetings').length,
    notices: store.all('notices').length,
    attachments: store.all('ledger').reduce((n, e) => n + e.attachments.length, 0),
  }
  await core.close()
  return { dir, counts }
}
