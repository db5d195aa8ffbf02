/**
 * Power cut in the middle of work: a child process runs the real core and is killed with
 * SIGKILL at a random moment; the folder must reopen whole with every acknowledged change.
 * A few trials here; `npm run soak -- --trials 100` runs many more.
 */
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTemplate } from '../../reliability/crash-template'
import { runTrial } from '../../reliability/crash-trial'

const TRIALS = 3
// Random on purpose (each run cuts the power somewhere new); printed so a failure can be rerun.
const BASE_SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1e9))
let template = ''

beforeAll(async () => {
  template = await makeTemplate()
}, 120_000)
afterAll(async () => {
  if (template) await rm(template, { recursive: true, force: true })
})

describe(`crash consistency (CRASH_SEED=${BASE_SEED})`, () => {
  for (let i = 0; i < TRIALS; i++) {
    const seed = BASE_SEED + i
    it(`trial ${seed}: killed mid-stream, the folder reopens whole with every acknowledged change`, async () => {
      const r = await runTrial(template, seed)
      expect(r.acks, 'the child acknowledged changes before the kill').toBeGreaterThanOrEqual(
        r.kill.afterAcks,
      )
      expect(r.corrupt, `seed ${seed}`).toEqual([])
      expect(r.lost, `seed ${seed}`).toEqual([])
    }, 180_000)
  }
})
