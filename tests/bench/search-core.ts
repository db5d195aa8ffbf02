/**
 * The search's core time per keystroke on the ten-year village, without the browser: each
 * prefix of the bench's queries (and digit queries) answered by core.invoke, as the kiosk asks.
 * Not part of `npm run bench`; run `node --import tsx tests/bench/search-core.ts [folder]`
 * (without a folder it builds the village first, a few minutes). Prints `bench …` lines.
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
  await core.invoke('search', { q: 'x' }, 'bench')
  const build = performance.now() - t
  const wall: number[] = []
  const cpu: number[] = []
  for (let round = 0; round < ROUNDS; round++)
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const c = process.cpuUsage()
        t = performance.now()
        await core.invoke('search', { q: q.slice(0, i) }, 'bench')
        wall.push(performance.now() - t)
        const used = process.cpuUsage(c)
        cpu.push((used.user + used.system) / 1000)
      }
  await core.close()
  if (!given) await rm(dir, { recursive: true, force: true })
  const line = (name: string, v: number) => console.log(`bench ${name} ${v.toFixed(1)} ms`)
  line('search_core_index_build', build)
  line('search_core_median', median(wall))
  line('search_core_p95', percentile(wall, 95))
  line('search_core_cpu_p95', percentile(cpu, 95))
}

void main()
