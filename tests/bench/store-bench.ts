/**
 * Core-side figures: opening the ten-year folder at start, and one durable write (a ledger
 * line committed) against better-sqlite3 with synchronous=FULL writing the same record.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { openStore } from '../../electron/core/store'
import { TEST_NOW } from '../e2e/hosts/types'
import { median, percentile } from './stats'

const run = promisify(execFile)
const CHILD = resolve(import.meta.dirname, 'load-child.ts')

/** Milliseconds one fresh process takes to open the folder (`core`: as the app starts). */
async function openOnce(dir: string, what: 'core' | 'store'): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dir, what])
  return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number }).ms
}

/** Median time to open the folder in a fresh process each time: the whole core, and the store alone. */
export async function loadTimes(dir: string, runs = 5): Promise<{ store: number; core: number }> {
  await openOnce(dir, 'core') // warms the OS file cache, as a kiosk that has run before has it
  const store: number[] = []
  const core: number[] = []
  for (let i = 0; i < runs; i++) {
    core.push(await openOnce(dir, 'core'))
    store.push(await openOnce(dir, 'store'))
  }
  return { store: median(store), core: median(core) }
}

/** A SQLite database holding the same ten years of lines, set up like the issue asks. */
function sqliteBaseline(path: string, mode: 'DELETE' | 'WAL', lines: readonly unknown[]) {
  const db = new Database(path)
  db.pragma(`journal_mode = ${mode}`)
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE ledger (id TEXT PRIMARY KEY, value TEXT NOT NULL)')
  const insert = db.prepare('INSERT OR REPLACE INTO ledger (id, value) VALUES (?, ?)')
  // The same ten years of lines on both sides, so neither writes into an empty table.
  db.transaction(() => {
    for (const e of lines) {
      const { id } = e as { id: string }
      insert.run(id, JSON.stringify(e))
    }
  })()
  return {
    /** One committed row (autocommit: fsynced before it returns); milliseconds. */
    write(value: { id: string }): number {
      const t = performance.now()
      insert.run(value.id, JSON.stringify(value))
      return performance.now() - t
    },
    close: () => db.close(),
  }
}

/**
 * One committed ledger line, ours and SQLite's (its default rollback journal, and WAL), all
 * with synchronous=FULL, on copies in the same temp folder. The three take turns in rounds of
 * `perRound` writes, so a burst of load from elsewhere on the machine falls on all of them.
 */
export async function writeTimes(
  dir: string,
  rounds = 10,
  perRound = 20,
): Promise<{ ours: number; oursMedian: number; sqlite: number; sqliteWal: number }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-write-'))
  try {
    const copy = join(work, 'village')
    await cp(dir, copy, { recursive: true })
    const store = await openStore({ dir: copy, now: () => new Date(TEST_NOW) })
    const lines = store.all('ledger')
    const sample = lines.filter((e) => e.date.startsWith(TEST_NOW.slice(0, 4)))[0]!
    const record = (i: number) => ({
      ...sample,
      id: `bench-write-${i}`,
      summary: `基准测试写入第${i}笔`,
    })
    const rollback = sqliteBaseline(join(work, 'baseline-delete.sqlite'), 'DELETE', lines)
    const wal = sqliteBaseline(join(work, 'baseline-wal.sqlite'), 'WAL', lines)
    const ours: number[] = []
    const sqlite: number[] = []
    const sqliteWal: number[] = []
    for (let r = 0; r < rounds; r++) {
      for (let i = r * perRound; i < (r + 1) * perRound; i++) {
        const value = record(i)
        const t = performance.now()
        await store.commit({
          actor: null,
          action: 'bench.write',
          entity: 'ledger',
          id: value.id,
          puts: [{ coll: 'ledger', id: value.id, value }],
        })
        ours.push(performance.now() - t)
      }
      // Our documents are written behind the saves: let that finish inside our own turn.
      await store.flush()
      for (let i = r * perRound; i < (r + 1) * perRound; i++) sqlite.push(rollback.write(record(i)))
      for (let i = r * perRound; i < (r + 1) * perRound; i++) sqliteWal.push(wal.write(record(i)))
    }
    await store.close()
    rollback.close()
    wal.close()
    return {
      ours: percentile(ours, 95),
      oursMedian: percentile(ours, 50),
      sqlite: percentile(sqlite, 95),
      sqliteWal: percentile(sqliteWal, 95),
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
