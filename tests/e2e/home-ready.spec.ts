/**
 * The first tap after the kiosk has stood at the home screen: while it stood idle it fetched
 * every tile's screen and first answer, so the screen shows its records at once, without
 * waiting for core (here: core not answering at all).
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'

const SCREENS: ReadonlyArray<[string, string]> = [
  ['finance', 'sheet'],
  ['projects', 'project-list'],
  ['matters', 'matter-list'],
  ['notices', 'notice-current'],
  ['meetings', 'meeting-list'],
  ['people', 'duty'],
]

test('each tile’s records show on the first tap, even while core does not answer', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.restartCore, 'the bridge plays a core that does not answer')
  const { page } = kiosk
  const home = new HomePage(page)
  await kiosk.open('/')
  await expect(home.income()).toBeVisible()
  await page.locator('html[data-prefetched]').waitFor({ state: 'attached', timeout: 30_000 })
  // From the next call on, core answers nothing for a minute (a busy or restarting core).
  kiosk.host.restartCore!(60_000)
  for (const [tile, list] of SCREENS) {
    await home.openSection(tile)
    await expect(page.getByTestId(list).first(), tile).toBeVisible({ timeout: 3_000 })
    await expect(page.getByTestId('loading-state'), tile).toHaveCount(0)
    if (tile === 'meetings') await page.screenshot({ path: 'artifacts/first-tap-core-busy.png' })
    await page.getByTestId('back').first().click()
    await expect(home.income()).toBeVisible()
  }
})
