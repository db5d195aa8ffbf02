import { describe, expect, it } from 'vitest'
import {
  correctionNote,
  earlierValues,
  voidedNote,
  voidedWas,
} from '../../../contract/earlier-line'

const before = {
  id: 'a',
  date: '2026-10-03',
  voucherNo: '记-2',
  summary: '购买办公用品',
  categoryName: '各项支出',
  item: '办公费',
  direction: 'expense' as const,
  amountFen: 123_456,
  counterparty: '',
  handler: '吴春燕',
}

describe('what a corrected line said before', () => {
  it('names only the fields that changed, in the screen order, money in 元 from fen', () => {
    const now = { ...before, amountFen: 100, handler: '陈立平', counterparty: '东台市文具店' }
    expect(earlierValues(now, before)).toBe(
      '原为：金额 1,234.56元，往来单位或个人 无，经手人 吴春燕',
    )
  })

  it('a new 类别 or 科目 is said once, as the pair', () => {
    const now = {
      ...before,
      categoryName: '各项收入',
      item: '补助收入',
      direction: 'income' as const,
    }
    expect(earlierValues(now, before)).toBe('原为：收支 支出，类别 各项支出·办公费')
  })

  it('nothing changed but the reason: the note is the reason alone', () => {
    expect(correctionNote('补录附件', { ...before, id: 'b' }, before)).toBe('更正：补录附件')
  })
})

describe('a voided line read back from its 备注', () => {
  it('gives the side and amount voidedNote wrote, thousands and all', () => {
    const now = { ...before, amountFen: 0 }
    const note = voidedNote('重复录入', now, before, { amountFen: 123_456, direction: 'income' })
    expect(note).toBe('作废（原为收入¥1,234.56，不计入收支）；更正：重复录入')
    expect(voidedWas(note)).toBe('收入¥1,234.56')
  })

  it('takes no other text for it: a bare 作废, words elsewhere, a changed amount form', () => {
    for (const note of [
      '作废',
      '作废（原为支出300元）',
      '作废（原为支出¥300.00，不计入收支）',
      '备注：作废（原为支出¥300.00，不计入收支）；更正：重复录入',
      '作废（原为支出¥300.0，不计入收支）；更正：重复录入',
    ]) {
      expect(voidedWas(note), note).toBeNull()
    }
  })
})
