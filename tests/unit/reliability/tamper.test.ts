/**
 * A changed journal line (#12.4): one byte flipped inside a random complete line; the folder
 * reopened by the real core shows exactly the last good line's records with the notice, keeps
 * the journal byte-for-byte and refuses saves. A few trials here; `npm run soak` runs more.
 */
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTemplate } from '../../reliability/crash-template'
import { runTamperTrial } from '../../reliability/tamper-trial'

const TRIALS = 3
// Random on purpose (each run changes another line); printed so a failure can be rerun.
const BASE_SEED = Number(process.env.TAMPER_SEED ?? Math.floor(Math.random() * 1e9))
let template = ''

beforeAll(async () => {
  template = await makeTemplate()
}, 120_000)
afterAll(async () => {
  if (template) await rm(template, { recursive: true, force: true })
})

describe(`tamper trials (TAMPER_SEED=${BASE_SEED})`, () => {
  for (let i = 0; i < TRIALS; i++) {
    const seed = BASE_SEED + i
    it(`trial ${seed}: stops at the last good line with the notice, evidence kept`, async () => {
      const r = await runTamperTrial(template, seed)
      expect(r.line, 'a complete line was changed').toBeLessThanOrEqual(r.lines)
      expect(r.problems, `seed ${seed}, line ${r.line}`).toEqual([])
      expect(r.detected, `seed ${seed}, line ${r.line}`).toBe(true)
      expect(r.evidenceKept, `seed ${seed}, line ${r.line}`).toBe(true)
    }, 120_000)
  }
})
