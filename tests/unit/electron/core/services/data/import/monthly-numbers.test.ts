/**
 * Which rule makes a quarter's file come in month by month (10月记-1): the file's own numbers
 * starting again each month, or the quarter's stored lines written so already.
 */
import { describe, expect, it } from 'vitest'
import { voucherKeys } from '../../../../../../../contract/voucher-key'
import {
  monthlyNumbered,
  type VoucherRow,
} from '../../../../../../../electron/core/services/data/import/vouchers'

const row = (date: string, voucherNo: string, line = 2): VoucherRow => ({
  row: {
    line,
    values: [],
    kind: 'entry',
    entry: {
      period: '2026-Q4',
      date,
      voucherNo,
      summary: '摘要',
      category: 'expense',
      categoryName: '支出',
      item: '办公费',
      direction: 'expense',
      amountFen: 100,
      handler: '',
      counterparty: '',
    },
    errors: [],
  },
  voucher: `${voucherNo}\u0000${date}`,
  entryLike: true,
})

const stored = (...lines: Array<[string, string]>) => {
  const keys = new Set(lines.flatMap(([voucherNo, date]) => voucherKeys({ voucherNo, date })))
  return () => keys
}
const never = () => false
const always = () => true

const OCT = [row('2026-10-08', '记-1'), row('2026-10-09', '记-2')]
const NOV = [row('2026-11-03', '记-1'), row('2026-11-09', '记-2')]
const DEC = [row('2026-12-02', '记-1'), row('2026-12-09', '记-2')]

describe('monthlyNumbered: why a quarter comes in month by month', () => {
  it('the file itself starts again each month', () => {
    expect(monthlyNumbered([...OCT, ...NOV], stored(), never)).toEqual(
      new Map([['2026-Q4', 'restarts']]),
    )
  })

  it('November alone after October stored as 记-1: its numbers start again against October', () => {
    const october = stored(['记-1', '2026-10-08'], ['记-2', '2026-10-09'])
    expect(monthlyNumbered(NOV, october, never)).toEqual(new Map([['2026-Q4', 'restarts']]))
  })

  it('December alone after October and November stored as 10月记-1…: the quarter says so', () => {
    const quarter = stored(
      ['10月记-1', '2026-10-08'],
      ['10月记-2', '2026-10-09'],
      ['11月记-1', '2026-11-03'],
      ['11月记-2', '2026-11-09'],
    )
    expect(monthlyNumbered(DEC, quarter, never)).toEqual(new Map())
    expect(monthlyNumbered(DEC, quarter, always)).toEqual(new Map([['2026-Q4', 'stored']]))
  })

  it('October alone into an empty quarter, or a month sheet: not month by month', () => {
    expect(monthlyNumbered(OCT, stored(), never)).toEqual(new Map())
  })
})
