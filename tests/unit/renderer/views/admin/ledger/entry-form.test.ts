import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../../../../../../contract'
import {
  fenToYuanText,
  nextVoucherNo,
  useEntryForm,
} from '../../../../../../renderer/src/views/admin/ledger/entry-form'

const BAD = '请填写正确的金额，例如 1234.50'

function filled() {
  const form = useEntryForm(() => '2026-10', BAD)
  Object.assign(form.draft, {
    date: '2026-10-12',
    voucherNo: '记-2026-10-001',
    summary: '购买办公用品',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountText: '1,234.5',
  })
  return form
}

describe('the entry form', () => {
  it('turns what the clerk typed into the input core expects, the amount in fen', () => {
    const form = filled()
    expect(form.toInput()).toMatchObject({
      period: '2026-10',
      date: '2026-10-12',
      category: 'expense',
      item: '办公费',
      amountFen: 123_450,
      counterparty: '',
    })
    expect(form.errors.value).toEqual({})
    expect(form.daxie.value).toBe('壹仟贰佰叁拾肆元伍角整')
  })

  it('says every problem next to its field, with the contract schema core also uses', () => {
    const form = useEntryForm(() => '2026-10', BAD)
    expect(form.toInput()).toBeNull()
    expect(form.errors.value).toMatchObject({
      date: '请填写日期',
      voucherNo: '凭证号不能为空',
      summary: '摘要不能为空',
      category: '请选择科目类别',
      amountFen: BAD,
    })
  })

  it('refuses an amount that is not money, and shows no 大写 for it', () => {
    const form = filled()
    for (const text of ['12.345', 'abc', '1.2.3', '']) {
      form.draft.amountText = text
      expect(form.toInput()).toBeNull()
      expect(form.errors.value.amountFen).toBe(BAD)
      expect(form.daxie.value).toBe('')
    }
    form.draft.amountText = '0'
    expect(form.toInput()).toBeNull()
    expect(form.errors.value.amountFen).toBe('金额必须大于零')
  })

  it('takes 0元 in a correction (a line recorded twice), with its 大写, but never in a new line', () => {
    const form = useEntryForm(() => '2026-10', BAD, { correction: true })
    Object.assign(form.draft, filled().draft, { amountText: '0' })
    expect(form.toInput()).toMatchObject({ amountFen: 0 })
    expect(form.errors.value).toEqual({})
    expect(form.daxie.value).toBe('零元整')
    const fresh = filled()
    fresh.draft.amountText = '0'
    expect(fresh.toInput()).toBeNull()
    expect(fresh.daxie.value).toBe('')
  })

  it('refuses a date outside the period and a sub-item of another category', () => {
    const form = filled()
    form.draft.date = '2026-11-01'
    form.draft.item = '补助收入'
    expect(form.toInput()).toBeNull()
    expect(form.errors.value.date).toBe('日期不在所选期间内')
    expect(form.errors.value.item).toBe('明细科目不属于所选类别')
  })

  it('fills from a stored line, showing its amount as typed in 元, and shows core’s refusals', () => {
    const form = useEntryForm(() => '2026-10', BAD)
    const e: LedgerEntry = {
      id: 'e1',
      period: '2026-10',
      date: '2026-10-03',
      voucherNo: '记-2026-10-007',
      summary: '收到补助',
      category: 'income',
      item: '补助收入',
      direction: 'income',
      amountFen: 5_200_005,
      counterparty: '镇财政所',
      handler: '',
      projectId: 'p1',
      attachments: [],
      createdAt: '2026-10-03T01:00:00.000Z',
      createdBy: { id: 'u', name: '吴春燕' },
    }
    form.fill(e)
    expect(form.draft.amountText).toBe('52000.05')
    expect(form.toInput()).toMatchObject({ amountFen: 5_200_005, projectId: 'p1' })
    form.showFields({ voucherNo: '凭证号已经用过' })
    expect(form.errors.value).toEqual({ voucherNo: '凭证号已经用过' })
  })
})

describe('helpers', () => {
  it('writes fen as 元 text without floating point', () => {
    expect(fenToYuanText(5)).toBe('0.05')
    expect(fenToYuanText(100)).toBe('1.00')
    expect(fenToYuanText(123_456_789)).toBe('1234567.89')
  })

  it('suggests the next free voucher number of the period', () => {
    expect(nextVoucherNo('2026-10', [])).toBe('记-2026-10-001')
    expect(nextVoucherNo('2026-10', ['记-2026-10-001', '记-2026-10-003'])).toBe('记-2026-10-004')
    expect(nextVoucherNo('2026-Q4', ['x'])).toBe('记-2026-Q4-002')
    // A number typed full-width is the same number: the suggestion skips it.
    expect(nextVoucherNo('2026-10', ['x', '记－２０２６－１０－００３'])).toBe('记-2026-10-004')
    expect(nextVoucherNo('2026-10', ['x', '记—2026—10—003'])).toBe('记-2026-10-004')
    // The quarter's letter typed small is the same number too.
    expect(nextVoucherNo('2026-Q4', ['记-2026-q4-002'])).toBe('记-2026-Q4-003')
  })
})
