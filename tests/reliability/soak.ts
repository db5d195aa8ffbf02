/**
 * `npm run soak -- --trials 100 --calls 10000 --tampers 30`: many power cuts, fuzzed calls and
 * changed journal lines, for a night run or before a release. Prints `trials N, corrupt C,
 * lost L`, `tamper N, detected D, evidence kept E` and `fuzz calls N, …`; exits non-zero when
 * anything was corrupt, lost, undetected, not kept or broken.
 */
import { rm } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { METHODS } from '../../contract/api'
import { makeTemplate } from './crash-template'
import { runTrial, type TrialResult } from './crash-trial'
import { fuzzMethod, type FuzzFailure } from './fuzz/run'
import { runTamperTrial } from './tamper-trial'
import { CALLERS, FuzzWorld } from './fuzz/world'

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '100' },
    calls: { type: 'string', default: '10000' },
    tampers: { type: 'string', default: '30' },
    jobs: { type: 'string', default: '2' },
    seed: { type: 'string', default: String(Date.now() % 1e9) },
  },
})
const trials = Number(values.trials)
const calls = Number(values.calls)
const tampers = Number(values.tampers)
const jobs = Math.max(1, Number(values.jobs))
const seed = Number(values.seed)

async function crashSoak(template: string): Promise<{ corrupt: number; lost: number }> {
  const results: TrialResult[] = []
  let next = 0
  const worker = async () => {
    while (next < trials) {
      const r = await runTrial(template, seed + next++)
      results.push(r)
      const bad = [...r.corrupt, ...r.lost]
      const mode = r.invoke ? 'API+commit' : 'commit'
      console.log(
        `trial ${results.length}/${trials} seed ${r.seed}: ${r.acks} acks (${mode})${bad.length ? ` ✗ ${bad.join('; ')}` : ''}`,
      )
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker))
  const corrupt = results.filter((r) => r.corrupt.length > 0).length
  const lost = results.reduce((n, r) => n + r.lost.length, 0)
  return { corrupt, lost }
}

/** Tamper trials one after another (each is a few reopenings of a small folder). */
async function tamperSoak(
  template: string,
): Promise<{ detected: number; kept: number; bad: number }> {
  const total = { detected: 0, kept: 0, bad: 0 }
  for (let i = 0; i < tampers; i++) {
    const r = await runTamperTrial(template, seed + i)
    total.detected += r.detected ? 1 : 0
    total.kept += r.evidenceKept ? 1 : 0
    total.bad += r.problems.length > 0 ? 1 : 0
    const why = [...r.problems, ...(r.evidenceKept ? [] : ['变更日志没有原样保留'])]
    console.log(
      `tamper ${i + 1}/${tampers} seed ${r.seed}: line ${r.line}/${r.lines}${why.length ? ` ✗ ${why.join('; ')}` : ''}`,
    )
  }
  return total
}

async function fuzzSoak(template: string): Promise<{ calls: number; failures: FuzzFailure[] }> {
  const runs = Math.max(1, Math.ceil(calls / (METHODS.length * CALLERS.length)))
  const world = await FuzzWorld.create(template)
  const pools = await world.pools()
  const total = { calls: 0, failures: [] as FuzzFailure[] }
  try {
    for (const method of METHODS) {
      const r = await fuzzMethod(world, pools, method, runs, seed)
      total.calls += r.calls
      total.failures.push(...r.failures)
      for (const f of r.failures)
        console.log(`✗ ${f.method} as ${f.caller}: ${f.problems.join('; ')} ← ${f.input}`)
    }
  } finally {
    await world.close()
  }
  return total
}

async function main(): Promise<void> {
  console.log(
    `soak seed ${seed}: ${trials} power cuts, ${tampers} tampered journals, ${calls} fuzzed calls over ${METHODS.length} methods`,
  )
  const template = await makeTemplate()
  try {
    const crash = trials > 0 ? await crashSoak(template) : { corrupt: 0, lost: 0 }
    const tamper = tampers > 0 ? await tamperSoak(template) : { detected: 0, kept: 0, bad: 0 }
    const fuzz = calls > 0 ? await fuzzSoak(template) : { calls: 0, failures: [] }
    console.log(`trials ${trials}, corrupt ${crash.corrupt}, lost ${crash.lost}`)
    console.log(`tamper ${tampers}, detected ${tamper.detected}, evidence kept ${tamper.kept}`)
    console.log(
      `fuzz calls ${fuzz.calls}, methods ${METHODS.length}, failures ${fuzz.failures.length}`,
    )
    const tamperFailed = tamper.detected < tampers || tamper.kept < tampers || tamper.bad > 0
    if (crash.corrupt > 0 || crash.lost > 0 || tamperFailed || fuzz.failures.length > 0) {
      process.exitCode = 1
    }
  } finally {
    await rm(template, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
