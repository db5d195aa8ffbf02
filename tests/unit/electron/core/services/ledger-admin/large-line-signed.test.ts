/**
 * The 大额支出 line is a setting the admin alone may change at any time; a published sheet is an
 * archive. A signed sheet keeps the 大额 marks it was signed with, whatever the setting later says.
 * Real core over a temp folder.
 */
import { afterEach, expect, it } from 'vitest'
import type { Settings } from '../../../../../../contract'
import { staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
afterEach(() => t?.close())

const period = '2026-10'

function expense(voucherNo: string, amountFen: number) {
  return {
    period,
    date: '2026-10-12',
    voucherNo,
    summary: '村东道路硬化工程款',
    category: 'expense' as const,
    item: '管理费用',
    direction: 'expense' as const,
    amountFen,
    counterparty: '东台市路桥公司',
    handler: '李秀英',
  }
}

/** A month's sheet signed under the default ¥50,000 line: one ¥80,000 and one ¥30,000 expense. */
async function signedSheet(): Promise<{ settings: Settings; big: string; small: string }> {
  t = await staffedCore() // admin logged in as 'win'
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  await t.ok('auth.login', { name: '陈立平', password: '528406' }, 'sup')
  const settings = { ...(await t.ok('settings.get', {}, 'kiosk')), periodMode: 'month' as const }
  await t.ok('settings.save', settings, 'win')
  await t.ok('ledger.closePeriod', { period }, 'clerk')
  const big = await t.ok('ledger.saveEntry', expense('记-2026-10-001', 8_000_000), 'clerk')
  const small = await t.ok('ledger.saveEntry', expense('记-2026-10-002', 3_000_000), 'clerk')
  await t.ok('ledger.submit', { period }, 'clerk')
  await t.ok('ledger.publish', { period }, 'sup')
  return { settings, big: big.id, small: small.id }
}

it('a ¥80,000 expense signed as 大额 stays 大额 after the admin raises the line', async () => {
  const { settings, big } = await signedSheet()
  const before = await t.ok('ledger.sheet', { period }, 'kiosk')
  expect(before.largeExpenseFen).toBe(5_000_000)
  expect(before.entries.find((e) => e.id === big)!.large).toBe(true)

  // The admin alone raises the line to ¥1,000,000: no correction, no 监委 signature.
  await t.ok('settings.save', { ...settings, largeExpenseFen: 100_000_000 }, 'win')

  const after = await t.ok('ledger.sheet', { period }, 'kiosk')
  expect(after.largeExpenseFen).toBe(5_000_000)
  expect(after.entries.find((e) => e.id === big)!.large).toBe(true)
  expect((await t.ok('ledger.entry', { id: big }, 'kiosk')).large).toBe(true)
  const page = await t.ok('ledger.sheetEntries', { period, offset: 0, limit: 10 }, 'kiosk')
  expect(page.entries.find((e) => e.id === big)!.large).toBe(true)
  const cadres = await t.ok('ledger.drafts', { period }, 'clerk')
  expect(cadres.largeExpenseFen).toBe(5_000_000)
  expect(cadres.entries.find((e) => e.id === big)!.large).toBe(true)
})

it('lowering the line later adds no 大额 mark the 监委 never saw on a signed sheet', async () => {
  const { settings, small } = await signedSheet()
  await t.ok('settings.save', { ...settings, largeExpenseFen: 1_000_000 }, 'win')

  const after = await t.ok('ledger.sheet', { period }, 'kiosk')
  expect(after.entries.find((e) => e.id === small)!.large).toBe(false)
  expect((await t.ok('ledger.entry', { id: small }, 'kiosk')).large).toBe(false)
  const cadres = await t.ok('ledger.drafts', { period }, 'clerk')
  expect(cadres.entries.find((e) => e.id === small)!.large).toBe(false)
})

it('a sheet still being entered follows the current line', async () => {
  t = await staffedCore()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  const settings = { ...(await t.ok('settings.get', {}, 'kiosk')), periodMode: 'month' as const }
  await t.ok('settings.save', { ...settings, largeExpenseFen: 1_000_000 }, 'win')
  await t.ok('ledger.closePeriod', { period }, 'clerk')
  const e = await t.ok('ledger.saveEntry', expense('记-2026-10-001', 3_000_000), 'clerk')
  const draft = await t.ok('ledger.drafts', { period }, 'clerk')
  expect(draft.largeExpenseFen).toBe(1_000_000)
  expect(draft.entries.find((x) => x.id === e.id)!.large).toBe(true)
})
