import { describe, expect, it } from 'vitest'
import {
  monthsOwnNumber,
  numberedByMonth,
  ownMonthInFront,
  sameVoucher,
  voucherKey,
  voucherText,
  withMonth,
} from '../../../contract/voucher-key'

describe('voucherKey: one voucher however it was written', () => {
  it('full-width, another dash, capitals and padding zeros are the same number', () => {
    for (const typed of ['记－００１２', '记—0012', ' 记-12 ', '记-012']) {
      expect(voucherKey(typed), typed).toBe(voucherKey('记-12'))
    }
    expect(voucherKey('JZ-0007')).toBe(voucherKey('jz-7'))
  })

  it('记12, 记字第12号, 记 12 and 记-12 are one voucher (as software and hands write it)', () => {
    for (const typed of [
      '记12',
      '记字第12号',
      '记 12',
      '记-12',
      '记字12',
      '记字-12',
      '记　１２',
      '记第12号',
    ]) {
      expect(voucherKey(typed), typed).toBe(voucherKey('记-12'))
    }
    // The import reads a 字 | 号 pair as 字-号: 收字 | 0012 is 收字-0012.
    expect(voucherKey('收字-0012')).toBe(voucherKey('收12'))
    expect(voucherKey('现收第3号')).toBe(voucherKey('现收-3'))
    // A month in front stays in front.
    expect(voucherKey('10月记字第1号')).toBe(voucherKey('10月记-1'))
  })

  it('keeps the kinds of voucher apart: 记-12, 收-12, 付-12, 现收-12 are four', () => {
    const keys = ['记-12', '收-12', '付-12', '转-12', '现收-12', '银付-12'].map(voucherKey)
    expect(new Set(keys).size).toBe(6)
    expect(voucherKey('收12')).not.toBe(voucherKey('记12'))
  })

  it('keeps sub-numbers and other numbers apart', () => {
    expect(voucherKey('记-1-2')).not.toBe(voucherKey('记-12'))
    expect(voucherKey('记1-2')).toBe(voucherKey('记-1-2'))
    expect(voucherKey('记-1-2')).not.toBe(voucherKey('记-1'))
    expect(voucherKey('记-2026-10-001')).toBe(voucherKey('记-2026-10-1'))
    expect(voucherKey('记-2026-10-001')).not.toBe(voucherKey('记-20261-001'))
    expect(voucherKey('记-12')).not.toBe(voucherKey('记-121'))
    expect(voucherKey('导-3')).not.toBe(voucherKey('记-3'))
  })

  it('voucherText still keeps the number as written apart from width, dashes and case', () => {
    expect(voucherText('记字第０１２号')).toBe('记字第012号')
  })
})

describe('sameVoucher: the one rule of hand entry and import', () => {
  const at = (voucherNo: string, date: string) => ({ voucherNo, date })
  it('记-1 and 10月记-1 dated October are one voucher, either way round', () => {
    expect(sameVoucher(at('记-1', '2026-10-20'), at('10月记-1', '2026-10-08'))).toBe(true)
    expect(sameVoucher(at('10月记-1', '2026-10-20'), at('记-1', '2026-10-08'))).toBe(true)
    expect(sameVoucher(at('记1', '2026-10-20'), at('10月记字第1号', '2026-10-08'))).toBe(true)
  })
  it('another month, another 字 or a sub-number is another voucher', () => {
    expect(sameVoucher(at('记-1', '2026-11-03'), at('10月记-1', '2026-10-08'))).toBe(false)
    expect(sameVoucher(at('11月记-1', '2026-11-03'), at('记-1', '2026-10-08'))).toBe(false)
    expect(sameVoucher(at('收-1', '2026-10-20'), at('10月记-1', '2026-10-08'))).toBe(false)
    expect(sameVoucher(at('记-1-2', '2026-10-20'), at('10月记-1', '2026-10-08'))).toBe(false)
  })
  it('one number written alike is one voucher whatever the dates (a book numbered by quarter)', () => {
    expect(sameVoucher(at('记-1', '2026-11-03'), at('记-001', '2026-10-08'))).toBe(true)
  })
})

describe('a quarter written month by month (10月记-1)', () => {
  const at = (voucherNo: string, date: string) => ({ voucherNo, date })
  it("a line has its own month in front only when the month is its date's", () => {
    expect(ownMonthInFront(at('10月记-1', '2026-10-08'))).toBe(true)
    expect(ownMonthInFront(at('１０月记字第1号', '2026-10-08'))).toBe(true)
    expect(ownMonthInFront(at('1月记-1', '2026-01-08'))).toBe(true)
    expect(ownMonthInFront(at('10月记-1', '2026-11-08'))).toBe(false)
    expect(ownMonthInFront(at('1月记-1', '2026-11-08'))).toBe(false)
    expect(ownMonthInFront(at('记-1', '2026-10-08'))).toBe(false)
  })
  it('a quarter is so when one of its lines is; a month sheet never', () => {
    const lines = [at('记-1', '2026-10-08'), at('11月记-1', '2026-11-03')]
    expect(numberedByMonth('2026-Q4', lines)).toBe(true)
    expect(numberedByMonth('2026-Q4', [at('记-1', '2026-10-08')])).toBe(false)
    expect(numberedByMonth('2026-Q4', [])).toBe(false)
    expect(numberedByMonth('2026-11', [at('11月记-1', '2026-11-03')])).toBe(false)
  })
  it("withMonth puts the line's month in front once", () => {
    expect(withMonth('记-1', '2026-11-03')).toBe('11月记-1')
    expect(withMonth('11月记-1', '2026-11-03')).toBe('11月记-1')
    expect(withMonth('１１月记-1', '2026-11-03')).toBe('１１月记-1')
    expect(withMonth('记-1', '2026-01-03')).toBe('1月记-1')
  })
})

describe('monthsOwnNumber: a number a book numbering month by month starts again', () => {
  it('记-1, 收12, 记字第3号, JZ-0001 and 7 are; a period, a sub-number or a month in front are not', () => {
    for (const no of ['记-1', '收12', '记字第3号', 'JZ-0001', '7', '记　１']) {
      expect(monthsOwnNumber(no), no).toBe(true)
    }
    for (const no of ['记-2026-Q4-005', '记-2026-10-001', '记-5-1', '11月记-1', '导入-1']) {
      expect(monthsOwnNumber(no), no).toBe(false)
    }
  })
})
