/**
 * The search's core time per keystroke on the ten-year village, without the browser: each
 * prefix of the bench's queries (and digit queries) answered by core.invoke, as the kiosk asks.
 * Not part of `npm run bench`; run `node --import tsx tests/bench/search-core.ts [folder]`
 * (without a folder it builds the village first, a few minutes). Prints `bench …` lines.
 * Core keeps the answers it has worked out for the records as they are (search-answers.ts), so
 * the first round is the work of a query asked for the first time and the later rounds that of
 * one asked again (a letter taken back with 删除, the next visitor); both are printed.
 */
import { rm } from 'node:fs/promises'
import { openCore } from '../../electron/core/core'
import { TEST_NOW } from '../e2e/hosts/types'
import { median, percentile } from './stats'
import { buildBenchVillage } from './village'

const QUERIES = ['xl', 'gc', 'db', 'cwgk', 'nt', 'zz', 'xiulu', '2026', '1381']
const ROUNDS = 10

async function main(): Promise<void> {
  const given = process.argv[2]
  const dir = given ?? (await buildBenchVillage()).dir
  const core = await openCore({ dir, now: () => new Date(TEST_NOW) })
  let t = performance.now()
  await core.invoke('search', { q: '村' }, 'bench') // builds the index; not one of QUERIES
  const build = performance.now() - t
  const again: number[] = []
  const cpu: number[] = []
  const first: number[] = []
  for (let round = 0; round < ROUNDS; round++)
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const c = process.cpuUsage()
        t = performance.now()
        await core.invoke('search', { q: q.slice(0, i) }, 'bench')
        ;(round === 0 ? first : again).push(performance.now() - t)
        const used = process.cpuUsage(c)
        cpu.push((used.user + used.system) / 1000)
      }
  await core.close()
  if (!given) await rm(dir, { recursive: true, force: true })
  const line = (name: string, v: number) => console.log(`bench ${name} ${v.toFixed(1)} ms`)
  line('search_core_index_build', build)
  line('search_core_first_median', median(first))
  line('search_core_first_p95', percentile(first, 95))
  line('search_core_again_median', median(again))
  line('search_core_again_p95', percentile(again, 95))
  line('search_core_cpu_p95', percentile(cpu, 95))
}

void main()
