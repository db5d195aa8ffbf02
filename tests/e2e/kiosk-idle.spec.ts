/**
 * The kiosk when nobody touches it: the countdown with 继续浏览, the reset for the next person,
 * the attract loop on the idle home; and 大字模式 for those who need it.
 */
import { expect, test, type Kiosk } from './fixtures'
import { shortIdle } from './support/short-idle'
import { HomePage } from './pages/home'
import { KioskLayer } from './pages/kiosk-layer'
import { SearchPage } from './pages/search'

test('idle: countdown after the set time, 继续浏览 cancels, then home with the search cleared', async ({
  kiosk,
}) => {
  await shortIdle(kiosk)
  const { page } = kiosk
  const layer = new KioskLayer(page)
  await page.clock.install()
  await kiosk.open('/')
  await new HomePage(page).openSection('search')
  const search = new SearchPage(page)
  await search.tapKeys('xl')
  await expect(search.hits().first()).toBeVisible()
  // From here the page's time moves only when the test says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)

  await page.clock.runFor(25_000)
  await expect(layer.idleBanner()).toBeHidden()
  await page.clock.runFor(7_000)
  await expect(layer.idleBanner()).toBeVisible()
  await expect(layer.idleBanner()).toContainText('即将回到首页')
  await layer.keepBrowsing()
  await expect(layer.idleBanner()).toBeHidden()
  await expect(search.input()).toHaveValue('xl')

  await page.clock.runFor(31_000)
  await expect(layer.idleBanner()).toBeVisible()
  const shown = Number(await layer.idleBanner().getAttribute('data-seconds'))
  await page.clock.runFor(3_000)
  await expect(layer.idleBanner()).toHaveAttribute('data-seconds', String(shown - 3))
  await page.clock.runFor(25_000)
  await expect(layer.attract()).toBeVisible()
  await expect(page.getByTestId('home')).toBeAttached()
  await layer.attract().click()
  await expect(layer.attract()).toBeHidden()
  await new HomePage(page).openSection('search')
  await expect(search.input()).toHaveValue('')
  await expect(search.hits()).toHaveCount(0)
})

/** The home left alone past the idle time, on a clock the test moves: the attract loop is on. */
async function idleHome(kiosk: Kiosk) {
  const { page } = kiosk
  const layer = new KioskLayer(page)
  await page.clock.install()
  await kiosk.open('/')
  await page.getByTestId('home').waitFor()
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  const idle = (await kiosk.call('settings.get', {})).idleSeconds
  await page.clock.runFor((idle + 1) * 1000)
  return { page, layer, idle }
}

test('attract loop: latest totals and notices cycle on the idle home and stop on a tap', async ({
  kiosk,
}) => {
  const { page, layer } = await idleHome(kiosk)
  await expect(layer.attractSlide()).toHaveAttribute('data-id', 'totals')
  const summary = await kiosk.call('home.summary', {})
  await page.clock.runFor(8_000)
  await expect(layer.attractSlide()).toHaveAttribute('data-id', summary.notices[0]!.id)
  await expect(layer.attractSlide()).toContainText(summary.notices[0]!.title)
  await layer.attract().click()
  await expect(layer.attract()).toBeHidden()
  await expect(page).toHaveURL(/#\/$/)
})

test('a keyboard left plugged in: a key on the attract loop only wakes it, and the reset keeps working', async ({
  kiosk,
}) => {
  const { page, layer, idle } = await idleHome(kiosk)
  await expect(layer.attract()).toBeVisible()
  // Tab and Enter reached the tiles under the loop and opened one; the loop then stayed "on"
  // off screen and the kiosk never went home again. The first key now only wakes it.
  await page.keyboard.press('Enter')
  await expect(layer.attract()).toBeHidden()
  await expect(page).toHaveURL(/#\/$/)
  await page.clock.runFor((idle + 1) * 1000)
  await expect(layer.attract()).toBeVisible()
  // Whatever moves the screen off home under the loop (a redirect), the watch goes on there:
  // the countdown comes and the reset brings the kiosk home with what was typed cleared.
  await page.evaluate(() => (location.hash = '#/search'))
  await expect(layer.attract()).toBeHidden()
  await page.clock.runFor(1000)

  const search = new SearchPage(page)
  await search.tapKeys('xl')
  await page.clock.runFor((idle + 1) * 1000)
  await expect(layer.idleBanner()).toBeVisible()
  await page.clock.runFor(25_000)
  await expect(layer.attract()).toBeVisible()
  await layer.attract().click()
  await new HomePage(page).openSection('search')
  await expect(search.input()).toHaveValue('')
})

test('大字模式 enlarges the text of the whole UI, and stays across screens and a reload', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  const titleSize = () =>
    page.getByTestId('tile-finance').evaluate((el) => el.getBoundingClientRect().height)
  const normal = await size()
  const normalTile = await titleSize()
  expect(normal).toBeGreaterThanOrEqual(24)
  await new KioskLayer(page).largeToggle().click()
  await expect.poll(size).toBeGreaterThan(normal)
  expect(await titleSize()).toBeGreaterThan(normalTile)
  await new HomePage(page).openSection('projects')
  await expect(page.getByTestId('project-list')).toBeVisible()
  expect(await size()).toBeGreaterThan(normal)
  // The renderer reloaded (as after a crash): the same screen, and still large text.
  await page.reload()
  await expect(page.getByTestId('project-list')).toBeVisible()
  expect(await size()).toBeGreaterThan(normal)
})
