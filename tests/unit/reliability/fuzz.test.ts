/**
 * Every method in the contract, fed arbitrary and adversarial input as the public, a clerk, a
 * 监委 member and an admin: each call returns a Result in time, refusals change nothing, no
 * prototype is polluted. The list of methods comes from the contract, so new ones are covered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHODS } from '../../../contract/api'
import { makeTemplate, removeFolder } from '../../reliability/crash-template'
import { PdfTextError, pdfTexts } from '../../../electron/core/services/attachments/pdf-text'
import { checkedCall, takePristine } from '../../reliability/fuzz/check'
import { fuzzMethod } from '../../reliability/fuzz/run'
import type { Pools } from '../../reliability/fuzz/schema-arb'
import { CALLERS, FuzzWorld } from '../../reliability/fuzz/world'

const RUNS = Number(process.env.FUZZ_RUNS ?? 3)
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
let template = ''
let world: FuzzWorld
let pools: Pools

/**
 * pdf.js's Node build puts core-js's Array.prototype.push and Function.prototype.toString in
 * place as it loads. The kiosk loads it only in its PDF reader thread (pdf-numbers.ts); here
 * PDFs are read on core's own thread, so it is loaded before the prototypes are taken.
 */
async function loadPdfjs(): Promise<void> {
  try {
    for await (const page of pdfTexts(new Uint8Array([0x25]))) void page
  } catch (e) {
    if (!(e instanceof PdfTextError)) throw e
  }
}

beforeAll(async () => {
  await loadPdfjs()
  takePristine()
  template = await makeTemplate()
  world = await FuzzWorld.create(template)
  pools = await world.pools()
}, 120_000)
afterAll(async () => {
  await world?.close()
  if (template) await removeFolder(template)
})

describe(`API fuzzing (FUZZ_SEED=${SEED})`, () => {
  it.each(METHODS)(
    '%s: always a Result, refusals change nothing',
    async (method) => {
      const report = await fuzzMethod(world, pools, method, RUNS, SEED)
      expect(report.calls).toBe(RUNS * CALLERS.length)
      expect(report.failures).toEqual([])
    },
    120_000,
  )

  it('names outside the contract are refused as unknown, whatever they are', async () => {
    const names: unknown[] = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'x'.repeat(10_000),
      null,
      42,
      {},
      ['village.get'],
    ]
    for (const name of names) {
      for (const caller of CALLERS) {
        expect(await checkedCall(world, name as string, {}, caller)).toEqual([])
        const r = await world.core.invoke(name, {}, await world.caller(caller))
        expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
      }
    }
  }, 60_000)
})
