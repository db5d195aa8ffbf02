import { describe, expect, it } from 'vitest'
import type { LedgerEntryView } from '../../../../../contract'
import { t } from '../../../../../renderer/src/i18n'
import { entryText } from '../../../../../renderer/src/views/public/finance-more/entry-text'

const line: LedgerEntryView = {
  id: 'e1',
  period: '2026-10',
  date: '2026-10-25',
  voucherNo: '记-2026-10-004',
  summary: '10月村干部报酬',
  category: 'expense',
  categoryName: '各项支出',
  item: '干部报酬',
  direction: 'expense',
  amountFen: 1_860_000,
  counterparty: '',
  handler: '',
  attachments: [],
  createdAt: '2026-10-26T01:00:00.000Z',
  createdBy: { id: 'u', name: '杨雪梅' },
  large: false,
}

describe('what the QR code and read-aloud say of a ledger line', () => {
  it('a line later replaced says so, so a villager holding the code is not told the old figure as if current', () => {
    const text = entryText({ ...line, supersededAt: '2026-11-26T02:00:00.000Z' }, '联盟村', t)
    expect(text).toContain('¥18,600.00')
    expect(text).toContain('注意：这一笔后来已被更正，请以更正后的记录为准。')
  })

  it('a correction says so, with its reason and what the line said before', () => {
    const text = entryText(
      {
        ...line,
        amountFen: 1_800_000,
        correction: {
          reason: '报酬按镇里新标准核定，多录了600元',
          at: '2026-11-26T02:00:00.000Z',
          previous: { ...line, id: 'e0' },
        },
      },
      '联盟村',
      t,
    )
    expect(text).toContain('¥18,000.00')
    expect(text).toContain('已更正：报酬按镇里新标准核定，多录了600元')
    expect(text).toContain('原为：金额 18,600.00元')
  })

  it('a line corrected to 0元 says it was voided and what it was, not a bare ¥0.00', () => {
    const text = entryText(
      {
        ...line,
        amountFen: 0,
        correction: {
          reason: '重复录入',
          at: '2026-11-26T02:00:00.000Z',
          previous: { ...line, id: 'e0' },
        },
      },
      '联盟村',
      t,
    )
    expect(text).toContain('作废（原为¥18,600.00，不计入收支）')
    expect(text).not.toContain('¥0.00')
    expect(text).toContain('已更正：重复录入')
  })

  it('an ordinary line says neither', () => {
    expect(entryText(line, '联盟村', t)).not.toMatch(/更正/)
  })
})
