/**
 * Core's process starting again (a crash, a kill): the kiosk says 正在恢复 and waits, then
 * shows the records; no error text, no page error, nothing for a villager to do.
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'

test('while core restarts the screen says 正在恢复, then shows the village as if nothing happened', async ({
  kiosk,
}) => {
  test.skip(
    !kiosk.host.restartCore,
    'the bridge plays the restarting core; Electron needs a real kill',
  )
  const home = new HomePage(kiosk.page)
  kiosk.host.restartCore!(6_000)
  // The first screen waits for core, so look while it is still opening.
  const opening = kiosk.open('/')
  await expect(home.recovering()).toBeVisible()
  await expect(home.recovering()).toContainText('正在恢复')
  await kiosk.page.screenshot({ path: 'artifacts/core-recovering.png' })
  await expect(kiosk.page.getByText('暂时读不到数据')).toHaveCount(0)

  await opening
  const village = await kiosk.call('village.get', {})
  await expect(home.villageName()).toHaveText(village.name, { timeout: 15_000 })
  await expect(home.recovering()).toBeHidden()
  await expect(kiosk.page.getByText('暂时读不到数据')).toHaveCount(0)
  await expect(home.checkpoint()).toBeVisible()
})
