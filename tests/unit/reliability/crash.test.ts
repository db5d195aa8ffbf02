/**
 * Power cut in the middle of work: a child process runs the real core and is killed with
 * SIGKILL at a random moment; the folder must reopen whole with every acknowledged change.
 * A few trials here; `npm run soak -- --trials 100` runs many more.
 */
import { describe, expect, it } from 'vitest'
import { runTrial } from '../../reliability/crash-trial'
import { baseSeed, templateForFile } from './trials'

const TRIALS = 3
// Printed in the title so a failure can be rerun with CRASH_SEED=….
const BASE_SEED = baseSeed('CRASH_SEED')
const template = templateForFile()

describe(`crash consistency (CRASH_SEED=${BASE_SEED})`, () => {
  for (let i = 0; i < TRIALS; i++) {
    const seed = BASE_SEED + i
    it(`trial ${seed}: killed mid-stream, the folder reopens whole with every acknowledged change`, async () => {
      const r = await runTrial(template(), seed)
      expect(r.acks, 'the child acknowledged changes before the kill').toBeGreaterThanOrEqual(
        r.kill.afterAcks,
      )
      expect(r.corrupt, `seed ${seed}`).toEqual([])
      expect(r.lost, `seed ${seed}`).toEqual([])
    }, 180_000)
  }
})
