/**
 * Opens the 乡镇汇总 console over an inbox the way the app does (core in township mode, then
 * the overview) in a fresh process; prints {"ms":…,"cpuMs":…,"rss":…,"villages":…,"problems":…}.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { openCore } from '../../electron/core/core'
import { startSourceReader } from '../unit/electron/core/township/source-reader'

/**
 * The reader threads as the app starts them: the built file (`npm run bench` builds first), and
 * without this process's `--import tsx`, which a worker would otherwise inherit and run first.
 */
const BUILT = resolve(import.meta.dirname, '../../out/main/township-reader.js')
const startReader = existsSync(BUILT)
  ? () => new Worker(BUILT, { execArgv: [] })
  : startSourceReader

const [dataDir, inbox] = process.argv.slice(2)
if (!dataDir || !inbox) throw new Error('township-child: 用法 township-child.ts <dataDir> <inbox>')

async function main(): Promise<void> {
  let rss = process.memoryUsage().rss
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 20)
  const t = performance.now()
  const cpu0 = process.cpuUsage()
  const core = await openCore({
    dir: dataDir!,
    townshipInbox: inbox,
    townshipReader: startReader,
    now: () => new Date('2036-01-20T02:00:00Z'),
  })
  const r = await core.invoke('township.overview', {}, 'bench')
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu0)
  const cpuMs = (used.user + used.system) / 1000
  clearInterval(timer)
  rss = Math.max(rss, process.memoryUsage().rss)
  await core.close()
  if (!r.ok) throw new Error(r.error.message)
  const data = r.data as { villages: unknown[]; problems: unknown[] }
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs, rss, villages: data.villages.length, problems: data.problems.length })}\n`,
  )
}

void main()
