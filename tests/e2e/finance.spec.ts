import { SHEET_PAGE, formatYuan, plainYuan, toDaxie, type LedgerEntry } from '../../contract'
import { expect, test } from './fixtures'
import { publishedSheetKeys, storedEntries, storedTotals } from './expected'
import { FinancePage } from './pages/finance'
import { HomePage } from './pages/home'
import { openBusiestSheet } from './support/busiest-sheet'

test.beforeEach(({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
})

test('period buttons are links that take the place of the sheet shown: 返回 leaves 财务公开', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const finance = new FinancePage(page)
  await kiosk.open('/')
  await new HomePage(page).openSection('finance')
  await expect(page.getByTestId('sheet')).toBeVisible()
  const keys = publishedSheetKeys(kiosk.host)
  const older = [keys.find((k) => k.includes('Q'))!, keys[1]!]
  for (const period of older) {
    await finance.choose(period)
    const option = page.locator(`[data-testid=period-option][data-period="${period}"]`)
    await expect(option).toHaveAttribute('href', `#/finance/${period}`)
    await expect(option).toHaveAttribute('aria-current', 'true')
  }
  await page.goBack()
  await expect(page.getByTestId('home')).toBeVisible()
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
  // The row is a real link to the entry's screen (what a screen reader announces), and a tap on
  // it goes there through the router, so 返回 comes back to the sheet.
  const row = kiosk.page.locator(`[data-testid=entry-row][data-id="${entry.id}"]`)
  await expect(row).toHaveAttribute('href', `#/finance/entry/${entry.id}`)
  await finance.openEntry(entry.id)
  await expect(finance.daxie()).toHaveText(toDaxie(entry.amountFen))
  await expect(kiosk.page.getByTestId('entry-detail-yuan')).toContainText(
    formatYuan(entry.amountFen),
  )
  await expect(kiosk.page.getByTestId('entry-detail-summary')).toHaveText(entry.summary)
  await kiosk.page.goBack()
  await expect(row).toBeVisible()
  expect(kiosk.page.url()).toMatch(/#\/finance$/)
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

test('a busy period shows its first lines at once and the rest by the big 再看 button', async ({
  kiosk,
}) => {
  const { finance, busiest } = await openBusiestSheet(kiosk)
  // Totals and the count are the whole period's from the start, not the first page's.
  const totals = storedTotals(kiosk.host, busiest.key)
  await expect(finance.income()).toContainText(formatYuan(totals.incomeFen))
  await expect(finance.expense()).toContainText(formatYuan(totals.expenseFen))
  await expect(kiosk.page.getByTestId('entry-list')).toContainText(`共 ${busiest.count} 笔`)
  await expect(finance.list()).toHaveAttribute('data-count', String(SHEET_PAGE))
  const more = kiosk.page.getByTestId('entries-more')
  await expect(more).toContainText(`再看 ${Math.min(SHEET_PAGE, busiest.count - SHEET_PAGE)} 笔`)
  await expect(kiosk.page.getByTestId('entries-more-end')).toContainText(
    `后面还有 ${busiest.count - SHEET_PAGE} 笔`,
  )
  const box = (await more.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(64)
  for (let fetched = SHEET_PAGE; fetched < busiest.count;) {
    await more.click()
    await expect
      .poll(async () => Number(await finance.list().getAttribute('data-count')))
      .toBeGreaterThan(fetched)
    fetched = Number(await finance.list().getAttribute('data-count'))
  }
  await expect(more).toHaveCount(0)
  await expect(finance.list()).toHaveAttribute('data-count', String(busiest.count))
  await finance.scrollListToTop()
  const shown = await finance.allEntryIds()
  expect(shown.sort()).toEqual(
    storedEntries(kiosk.host, busiest.key)
      .map((e) => e.id)
      .sort(),
  )
})

test('the category chart shows the period on screen, every bar named and its amount in words', async ({
  kiosk,
}) => {
  const finance = new FinancePage(kiosk.page)
  const bars = kiosk.page.locator('[data-testid=category-chart] [data-testid=chart-bar]')
  await kiosk.open('/')
  await new HomePage(kiosk.page).openSection('finance')
  const keys = publishedSheetKeys(kiosk.host)
  for (const period of [keys[0]!, keys.find((k) => k.includes('Q'))!]) {
    await finance.choose(period)
    const sheet = await kiosk.call('ledger.sheet', { period })
    // Income bars first, then expense: one per category with money that way.
    const expected = [
      ...sheet.totals.filter((c) => c.incomeFen > 0).map((c) => [c, '收入', c.incomeFen] as const),
      ...sheet.totals
        .filter((c) => c.expenseFen > 0)
        .map((c) => [c, '支出', c.expenseFen] as const),
    ]
    expect(expected.length).toBeGreaterThan(0)
    await expect(bars).toHaveText(
      expected.map(([c, word, fen]) => `${c.name}${word} ${plainYuan(fen)}`),
    )
    // Each bar is as long as its share of the largest, as drawn on the screen.
    const widths = await bars
      .locator('.bar')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
    const most = Math.max(...expected.map(([, , fen]) => fen))
    const longest = Math.max(...widths)
    expect(longest).toBeGreaterThan(100)
    expected.forEach(([, , fen], i) => {
      const share = Math.max(0.01, fen / most)
      expect(Math.abs(widths[i]! - longest * share)).toBeLessThan(2)
    })
  }
})
