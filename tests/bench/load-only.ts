/**
 * Builds the bench's ten-year village (or reuses BENCH_DIR) and times only the start-up load,
 * so the load figure can be worked on without the whole bench. Prints the runs and the median.
 */
import { loadTimes } from './store-bench'
import { buildBenchVillage } from './village'

async function main(): Promise<void> {
  const given = process.env.BENCH_DIR
  const dir = given ?? (await buildBenchVillage()).dir
  if (!given) console.log(`# village built in ${dir} (pass it as BENCH_DIR to reuse it)`)
  const runs = Number(process.env.BENCH_RUNS ?? 7)
  const load = await loadTimes(dir, runs)
  console.log(`bench load ${Math.round(load.core)} ms`)
  console.log(`bench load_store ${Math.round(load.store)} ms`)
}

void main()
