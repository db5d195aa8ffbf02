import { describe, expect, it } from 'vitest'
import type { AdminEntryView, LedgerDraftsView, PeriodSheet } from '../../../../../../contract'
import { ownWork } from '../../../../../../renderer/src/views/admin/ledger/own-work'

const clerk = { id: 'u-clerk', name: '吴春燕' }
const other = { id: 'u-clerk2', name: '陈立新' }
const me = 'u-me'

const sheet: PeriodSheet = {
  key: '2026-10',
  note: '',
  status: 'submitted',
  version: 1,
  createdAt: '2026-10-01T01:00:00.000Z',
  createdBy: clerk,
  submittedAt: '2026-11-01T01:00:00.000Z',
  submittedBy: other,
}

const entry: AdminEntryView = {
  id: 'e1',
  period: '2026-10',
  date: '2026-10-12',
  voucherNo: '记-2026-10-001',
  summary: '购买办公用品',
  category: 'expense',
  item: '办公费',
  direction: 'expense',
  amountFen: 123_456,
  counterparty: '',
  handler: '',
  attachments: [],
  createdAt: '2026-10-12T01:00:00.000Z',
  createdBy: clerk,
  categoryName: '各项支出',
  large: false,
  state: 'submitted',
  flagged: false,
}

function view(s: PeriodSheet, entries: AdminEntryView[] = [entry]): LedgerDraftsView {
  return {
    period: '2026-10',
    label: '2026年10月',
    kind: 'month',
    from: '2026-10-01',
    to: '2026-10-31',
    periodMode: 'month',
    sheet: s,
    entries,
    incomeFen: 0,
    expenseFen: 123_456,
    balanceFen: -123_456,
    count: entries.length,
    totals: [],
    largeExpenseFen: 5_000_000,
  }
}

describe('whether the 监委 on the review screen may sign (as the core decides)', () => {
  it('a colleague’s sheet they never touched: yes', () => {
    expect(ownWork(view(sheet), me)).toBeNull()
  })

  it('one they submitted: no, and says so', () => {
    expect(ownWork(view({ ...sheet, submittedBy: { id: me, name: '我' } }), me)).toBe('submitted')
  })

  it('one with a line they entered, changed or took out: no', () => {
    const mine = { id: me, name: '我' }
    expect(ownWork(view(sheet, [{ ...entry, createdBy: mine }]), me)).toBe('lines')
    expect(ownWork(view(sheet, [{ ...entry, editedBy: [other, mine] }]), me)).toBe('lines')
    expect(ownWork(view({ ...sheet, editedBy: [mine] }), me)).toBe('lines')
  })

  it('nobody signed in, or no sheet yet: nothing to say', () => {
    expect(ownWork(view(sheet), undefined)).toBeNull()
    expect(ownWork({ ...view(sheet), sheet: null }, me)).toBeNull()
  })
})
