import { describe, expect, it } from 'vitest'
import {
  resolveSubject,
  subjectKey,
} from '../../../../../../../electron/core/services/data/import/resolve'
import { STANDARD_SUBJECTS } from '../../../../../../../electron/core/services/data/import/chart'
import { isItemOf, type CategoryCode } from '../../../../../../../contract'

const none = new Map<string, { category: CategoryCode; item: string }>()
const read = (s: string, learned = none) => resolveSubject(s, '', learned)

describe('会计科目 of 《农村集体经济组织会计制度》 to the eight public categories', () => {
  it.each([
    ['经营收入', 'income', '经营收入', 'income'],
    ['发包及上交收入', 'income', '发包及上交收入', 'income'],
    ['补助收入', 'income', '补助收入', 'income'],
    ['其他收入', 'income', '其他收入', 'income'],
    ['投资收益', 'income', '投资收益', 'income'],
    ['经营支出', 'expense', '经营支出', 'expense'],
    ['管理费用', 'expense', '管理费用', 'expense'],
    ['公益支出', 'expense', '公益事业支出', 'expense'],
    ['其他支出', 'expense', '其他支出', 'expense'],
    ['应收款', 'debts', '应收款', null],
    ['短期借款', 'debts', '借入款', null],
    ['固定资产', 'assets', '固定资产购置', null],
    ['在建工程', 'assets', '在建工程', null],
    ['公积公益金', 'distribution', '提取公积公益金', null],
    ['一事一议资金', 'other', '一事一议筹资', null],
  ])('%s → %s / %s', (subject, category, item, fixed) => {
    expect(read(subject)).toEqual({ kind: 'line', category, item, fixed })
  })

  it('reads codes (501, 5011, 501.01) and codes before names', () => {
    const income = { kind: 'line', category: 'income', item: '经营收入', fixed: 'income' }
    expect(read('501')).toEqual(income)
    expect(read('5011')).toEqual(income)
    expect(read('501.01')).toEqual(income)
    expect(read('5011 经营收入—租赁收入')).toEqual(income)
    expect(read('541管理费用')).toMatchObject({ category: 'expense', item: '管理费用' })
  })

  it('一级—二级: the 二级 when the kiosk names it, else the 一级', () => {
    expect(read('经营收入—租赁收入')).toMatchObject({ category: 'income', item: '经营收入' })
    expect(read('管理费用—办公费')).toMatchObject({ category: 'expense', item: '办公费' })
    expect(read('管理费用-误工补贴')).toMatchObject({ category: 'expense', item: '干部报酬' })
    expect(read('管理费用/差旅费')).toMatchObject({ category: 'expense', item: '管理费用' })
    expect(read('公益支出—道路维修')).toMatchObject({ item: '公益事业支出', fixed: 'expense' })
  })

  it('库存现金 and 银行存款 are the other side of a voucher, never a public line', () => {
    for (const s of ['库存现金', '现金', '银行存款', '102', '1021 银行存款—农商行']) {
      expect(read(s), s).toEqual({ kind: 'cash' })
    }
  })

  it('an unknown subject is a question (asked by its name without code), not an error', () => {
    expect(read('租赁收入')).toEqual({ kind: 'ask', key: '租赁收入' })
    expect(read(' 招待费 ')).toEqual({ kind: 'ask', key: '招待费' })
    expect(subjectKey('6011 租赁收入')).toBe('租赁收入')
  })

  it("the village's answer is used next time, before any rule", () => {
    const learned = new Map([['租赁收入', { category: 'income' as const, item: '经营收入' }]])
    expect(read('租赁收入', learned)).toEqual({
      kind: 'line',
      category: 'income',
      item: '经营收入',
      fixed: 'income',
    })
  })

  it("the kiosk's own names still read, and a wrong pairing is still an error", () => {
    expect(read('各项支出/办公费')).toMatchObject({ category: 'expense', item: '办公费' })
    expect(read('办公费')).toMatchObject({ category: 'expense', item: '办公费' })
    expect(read('各项收入/办公费')).toEqual({
      kind: 'error',
      error: '科目“办公费”不属于“各项收入”',
    })
    expect(read('')).toEqual({ kind: 'error', error: '缺少科目' })
  })

  it('every standard subject that is a public line names a real category item', () => {
    for (const s of STANDARD_SUBJECTS) {
      if (s.kind === 'cash') continue
      expect(s.category && s.item && isItemOf(s.category, s.item), s.name).toBe(true)
    }
  })
})
