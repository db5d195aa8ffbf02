/** Fuzzes one contract method as every kind of caller; shared by `npm test` and `npm run soak`. */
import fc from 'fast-check'
import { api, type Method } from '../../../contract/api'
import { checkedCall } from './check'
import { inputArb, type Pools } from './schema-arb'
import { CALLERS, type FuzzWorld } from './world'

/** A broken promise, with the input that broke it (shortened for the report). */
export interface FuzzFailure {
  method: string
  caller: string
  problems: string[]
  input: string
}

export interface FuzzReport {
  calls: number
  failures: FuzzFailure[]
}

/** JSON of an input, cut short: a 100,000-character string should not flood the report. */
export function preview(input: unknown): string {
  let text: string
  try {
    text =
      JSON.stringify(input, (_k, v: unknown) =>
        typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
      ) ?? String(input)
  } catch {
    text = String(input)
  }
  return text.length > 300 ? `${text.slice(0, 300)}…（共 ${text.length} 字）` : text
}

/** Calls `method` with `runs` generated inputs, each as public, clerk, supervisor and admin. */
export async function fuzzMethod(
  world: FuzzWorld,
  pools: Pools,
  method: Method,
  runs: number,
  seed: number,
): Promise<FuzzReport> {
  const report: FuzzReport = { calls: 0, failures: [] }
  await fc.assert(
    fc.asyncProperty(inputArb(api[method].input, pools), async (input) => {
      for (const caller of CALLERS) {
        report.calls++
        const problems = await checkedCall(world, method, input, caller)
        if (problems.length > 0) {
          report.failures.push({ method, caller, problems, input: preview(input) })
        }
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  )
  return report
}
