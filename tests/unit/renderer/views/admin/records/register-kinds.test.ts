import { describe, expect, it } from 'vitest'
import {
  api,
  type Asset,
  type Debt,
  type Distribution,
  type Special,
} from '../../../../../../contract'
import { KINDS } from '../../../../../../renderer/src/views/admin/records/kinds'

const WORDS = { badNumber: '请填写整数', badAmount: '金额格式不对' }
const PUB = {
  status: 'published',
  version: 1,
  createdAt: '2026-01-02T01:00:00.000Z',
  createdBy: { id: 'c', name: '吴春燕' },
  updatedAt: '2026-01-02T01:00:00.000Z',
} as const

describe('finance register drafts (amounts typed in 元, stored in fen)', () => {
  it('a budget line round-trips and the contract accepts it; a year in words is refused by field', () => {
    const b = {
      ...PUB,
      id: 'b1',
      year: 2026,
      direction: 'expense',
      category: 'expense',
      item: '办公费',
      plannedFen: 1_234_567,
      note: '',
    } as const
    const draft = KINDS.budget.fromRecord(b)
    expect(draft.plannedText).toBe('12345.67')
    const { input, errors } = KINDS.budget.toInput(draft, WORDS)
    expect(errors).toEqual({})
    expect(input).toMatchObject({ year: 2026, plannedFen: 1_234_567 })
    expect(api['budget.save'].input.safeParse(input).success).toBe(true)
    expect(KINDS.budget.toInput({ ...draft, year: '二〇二六' }, WORDS).errors).toEqual({
      year: '请填写整数',
    })
  })

  it('an asset without a value sends none; rents are exact fen; a bad rent is named', () => {
    const a: Asset = {
      ...PUB,
      id: 'a1',
      name: '村东鱼塘',
      type: '资源',
      location: '',
      area: '32亩',
      lessee: '顾氏水产',
      contractNo: '',
      termFrom: '2024-01-01',
      termTo: '2028-12-31',
      yearlyRentFen: 2_560_001,
      collectedFen: 0,
      note: '',
    }
    const draft = KINDS.assets.fromRecord(a)
    const { input, errors } = KINDS.assets.toInput(draft, WORDS)
    expect(errors).toEqual({})
    expect(input.valueFen).toBeUndefined()
    expect(input.yearlyRentFen).toBe(2_560_001)
    expect(api['assets.save'].input.safeParse(input).success).toBe(true)
    expect(KINDS.assets.toInput({ ...draft, yearlyRentText: '两万' }, WORDS).errors).toEqual({
      yearlyRentFen: '金额格式不对',
    })
  })

  it('a debt keeps its 事由 as cause; settled more than owed is refused by the schema on its field', () => {
    const d: Debt = {
      ...PUB,
      id: 'd1',
      counterparty: '东台市海韵服饰有限公司',
      kind: '应收',
      amountFen: 6_000_000,
      date: '2026-07-01',
      settlement: '部分结清',
      settledFen: 1_000_000,
      cause: '厂房租金',
    }
    const draft = KINDS.debts.fromRecord(d)
    const { input } = KINDS.debts.toInput(draft, WORDS)
    expect(input).toMatchObject({ cause: '厂房租金', amountFen: 6_000_000, due: undefined })
    expect(api['debts.save'].input.safeParse(input).success).toBe(true)
    const over = KINDS.debts.toInput({ ...draft, settledText: '60000.01' }, WORDS).input
    const r = api['debts.save'].input.safeParse(over)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['settledFen', '已结清金额不能大于总金额'],
    ])
  })

  it('a distribution keeps its items in fen; a bad item amount is named by row', () => {
    const d: Distribution = {
      ...PUB,
      id: 'x1',
      year: 2025,
      title: '2025年度收益分配方案',
      distributableFen: 1_000_000,
      items: [{ name: '村民分红', amountFen: 800_050, note: '' }],
      persons: 1200,
      households: 380,
      perPersonFen: 50_000,
      perHouseholdFen: 0,
      note: '',
    }
    const draft = KINDS.distributions.fromRecord(d)
    const { input, errors } = KINDS.distributions.toInput(draft, WORDS)
    expect(errors).toEqual({})
    expect(input.items).toEqual(d.items)
    expect(api['distributions.save'].input.safeParse(input).success).toBe(true)
    draft.items[0]!.amountText = '八千'
    expect(KINDS.distributions.toInput(draft, WORDS).errors).toEqual({
      'items.0.amountFen': '金额格式不对',
    })
  })

  it('a 专项公开 keeps its rows and links', () => {
    const s: Special = {
      ...PUB,
      id: 's1',
      kind: '征地补偿',
      title: '五组道路拓宽征地补偿',
      date: '2026-09-10',
      body: '',
      rows: [{ label: '王*华', group: '五组', note: '', amountFen: 1_234_500 }],
      matterId: 'm-1',
    }
    const { input, errors } = KINDS.specials.toInput(KINDS.specials.fromRecord(s), WORDS)
    expect(errors).toEqual({})
    expect(input).toMatchObject({ rows: s.rows, matterId: 'm-1', projectId: undefined })
    expect(api['specials.save'].input.safeParse(input).success).toBe(true)
  })
})
