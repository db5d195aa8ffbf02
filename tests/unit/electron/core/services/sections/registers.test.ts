import { describe, expect, it } from 'vitest'
import type { Asset, Debt } from '../../../../../../contract'
import {
  assetView,
  debtTotals,
  debtView,
  owingFen,
} from '../../../../../../electron/core/services/sections/register-math'
import { pub } from './fixtures'

const TODAY = '2026-11-25'

function asset(over: Partial<Asset>): Asset {
  return {
    id: 'a-1',
    name: '东塘集体鱼塘',
    type: '资源',
    location: '',
    area: '45亩',
    lessee: '顾氏水产养殖场',
    contractNo: 'DT-1',
    termFrom: '2022-01-01',
    termTo: '2027-02-23',
    yearlyRentFen: 3_600_000,
    collectedFen: 1_000_000,
    note: '',
    ...pub(),
    ...over,
  }
}

function debt(over: Partial<Debt>): Debt {
  return {
    id: 'd-1',
    counterparty: '顾氏水产养殖场',
    kind: '应收',
    amountFen: 1_800_000,
    date: '2026-05-01',
    due: '2026-08-01',
    settlement: '未结清',
    settledFen: 0,
    cause: '',
    ...pub(),
    ...over,
  }
}

describe('assets register', () => {
  it('owes the yearly rent minus what was collected, never below zero', () => {
    expect(owingFen(asset({}))).toBe(2_600_000)
    expect(owingFen(asset({ collectedFen: 4_000_000 }))).toBe(0)
  })

  it('highlights a term ending within 90 days: day 90 and the last day yes, day 91 no', () => {
    expect(assetView(asset({ termTo: '2027-02-23' }), TODAY)).toMatchObject({
      daysToExpiry: 90,
      expiringSoon: true,
      expired: false,
    })
    expect(assetView(asset({ termTo: '2027-02-24' }), TODAY).expiringSoon).toBe(false)
    expect(assetView(asset({ termTo: TODAY }), TODAY)).toMatchObject({
      daysToExpiry: 0,
      expiringSoon: true,
    })
    expect(assetView(asset({ termTo: '2026-11-24' }), TODAY)).toMatchObject({
      daysToExpiry: -1,
      expiringSoon: false,
      expired: true,
    })
  })

  it('has no expiry for a row without a term', () => {
    const v = assetView(asset({ termFrom: undefined, termTo: undefined }), TODAY)
    expect(v).toMatchObject({ daysToExpiry: null, expiringSoon: false, expired: false })
    expect('termTo' in v).toBe(false)
  })
})

describe('debts', () => {
  it('is open for amount minus settled, and overdue only when open past its due date', () => {
    expect(debtView(debt({}), TODAY)).toMatchObject({
      openFen: 1_800_000,
      overdue: true,
      status: '未结清',
    })
    expect(debtView(debt({ due: TODAY }), TODAY).overdue).toBe(false)
    expect(debtView(debt({ settlement: '部分结清', settledFen: 800_000 }), TODAY).openFen).toBe(
      1_000_000,
    )
    expect(debtView(debt({ settlement: '已结清', settledFen: 1_800_000 }), TODAY)).toMatchObject({
      openFen: 0,
      overdue: false,
    })
  })

  it('totals open amounts per kind, each its own figure', () => {
    const views = [
      debtView(debt({}), TODAY),
      debtView(debt({ id: 'd-2', amountFen: 200 }), TODAY),
      debtView(
        debt({ id: 'd-3', kind: '借入', amountFen: 500, settlement: '已结清', settledFen: 500 }),
        TODAY,
      ),
    ]
    expect(debtTotals(views)).toEqual([
      { kind: '应收', openFen: 1_800_200, openCount: 2 },
      { kind: '应付', openFen: 0, openCount: 0 },
      { kind: '借入', openFen: 0, openCount: 0 },
    ])
  })
})
