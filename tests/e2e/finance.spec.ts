import { formatYuan, toDaxie, type LedgerEntry } from '../../contract'
import { expect, test } from './fixtures'
import { publishedSheetKeys, storedEntries, storedTotals } from './expected'
import { FinancePage } from './pages/finance'
import { HomePage } from './pages/home'

test.beforeEach(({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
})

test('choosing a period by taps lists exactly that period’s entries and totals', async ({
  kiosk,
}) => {
  const finance = new FinancePage(kiosk.page)
  await kiosk.open('/')
  await new HomePage(kiosk.page).openSection('finance')
  const keys = publishedSheetKeys(kiosk.host)
  const quarter = keys.find((k) => k.includes('Q'))!
  const month = keys.find((k) => !k.includes('Q') && k !== keys[0])!
  for (const period of [quarter, month]) {
    await finance.choose(period)
    const stored = storedEntries(kiosk.host, period)
    expect(stored.length).toBeGreaterThan(0)
    const shown = await finance.allEntryIds()
    expect(shown.sort()).toEqual(stored.map((e) => e.id).sort())
    const totals = storedTotals(kiosk.host, period)
    await expect(finance.income()).toContainText(formatYuan(totals.incomeFen))
    await expect(finance.expense()).toContainText(formatYuan(totals.expenseFen))
    await expect(finance.balance()).toContainText(formatYuan(totals.balanceFen))
  }
})

test('an entry’s detail shows its amount in 大写', async ({ kiosk }) => {
  const finance = new FinancePage(kiosk.page)
  await kiosk.open('/finance')
  const latest = publishedSheetKeys(kiosk.host)[0]!
  await kiosk.page.locator(`[data-testid=sheet][data-period="${latest}"]`).waitFor()
  const entry: LedgerEntry = storedEntries(kiosk.host, latest).sort(
    (a, b) => a.date.localeCompare(b.date) || a.voucherNo.localeCompare(b.voucherNo),
  )[0]!
  await finance.openEntry(entry.id)
  await expect(finance.daxie()).toHaveText(toDaxie(entry.amountFen))
  await expect(kiosk.page.getByTestId('entry-detail-yuan')).toContainText(
    formatYuan(entry.amountFen),
  )
  await expect(kiosk.page.getByTestId('entry-detail-summary')).toHaveText(entry.summary)
})

test('a period that does not exist says so in plain words and changes nothing', async ({
  kiosk,
}) => {
  await kiosk.open('/finance')
  const before = await kiosk.call('system.checkpoint', {})
  const r = await kiosk.raw('ledger.sheet', { period: '2019-Q1' })
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
  const bad = await kiosk.raw('ledger.sheet', { period: '2026-13' })
  expect(bad.ok ? 'ok' : bad.error.code).toBe('BAD_INPUT')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(before.seq)
})
