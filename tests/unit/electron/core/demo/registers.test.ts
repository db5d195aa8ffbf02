/** The demo village's registers keep the rules a clerk's entries must keep. */
import { describe, expect, it } from 'vitest'
import { DebtInput } from '../../../../../contract'
import { generateDemoVillage } from '../../../../../electron/core/demo/generate'

const villages = [1, 7, 42].map((seed) => generateDemoVillage({ seed, today: '2026-11-25' }))

describe('demo registers', () => {
  it('marks each debt settled as far as its 已结清金额 says', () => {
    for (const v of villages) {
      for (const d of v.debts) {
        const parsed = DebtInput.safeParse(d)
        expect(parsed.success, `${d.counterparty}: ${parsed.error?.message}`).toBe(true)
      }
    }
  })
})
