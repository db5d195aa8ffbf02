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

  it('plans each category or item once a year, never a whole category beside its items', () => {
    for (const v of villages) {
      const groups = new Map<string, string[]>()
      for (const l of v.budget) {
        const key = `${l.year} ${l.direction} ${l.category}`
        groups.set(key, [...(groups.get(key) ?? []), l.item])
      }
      for (const [key, items] of groups) {
        expect(new Set(items).size, key).toBe(items.length)
        if (items.includes('')) expect(items, key).toEqual([''])
      }
    }
  })

  it('pays 每人 and 每户 shares that add up to no more than the plan shares out', () => {
    for (const v of villages) {
      expect(v.distributions.length).toBeGreaterThan(0)
      for (const d of v.distributions) {
        const shared = d.items.reduce((s, i) => s + i.amountFen, 0)
        expect(d.persons * d.perPersonFen + d.households * d.perHouseholdFen).toBeLessThanOrEqual(
          shared,
        )
      }
    }
  })
})
