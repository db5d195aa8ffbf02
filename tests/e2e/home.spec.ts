import { formatYuan } from '../../contract'
import { expect, test } from './fixtures'
import { publishedSheetKeys, storedTotals } from './expected'
import { HomePage } from './pages/home'

test('home shows the village and the latest period totals as stored', async ({ kiosk }) => {
  test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
  const home = new HomePage(kiosk.page)
  await kiosk.open('/')
  const village = await kiosk.call('village.get', {})
  await expect(home.villageName()).toHaveText(village.name)
  await expect(home.demoBanner()).toBeVisible()

  const latest = publishedSheetKeys(kiosk.host)[0]!
  const totals = storedTotals(kiosk.host, latest)
  expect(totals.incomeFen).toBeGreaterThan(0)
  await expect(home.period()).toHaveAttribute('data-period', latest)
  await expect(home.income()).toContainText(formatYuan(totals.incomeFen))
  await expect(home.expense()).toContainText(formatYuan(totals.expenseFen))
})

test('the footer shows the journal checkpoint', async ({ kiosk }) => {
  const home = new HomePage(kiosk.page)
  await kiosk.open('/')
  const head = await kiosk.call('system.checkpoint', {})
  expect(head.seq).toBeGreaterThan(0)
  await expect(home.checkpoint()).toContainText(`#${head.seq}`)
  await expect(home.checkpoint()).toContainText(head.hash)
})
