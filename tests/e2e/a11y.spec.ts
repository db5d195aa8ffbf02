/**
 * Accessibility and touch, proven on every public screen in both orientations: zero axe
 * violations (WCAG 2 A/AA, 2.2 AA with target-size), every tappable thing at least 64×64 px,
 * all text at least 24 px. Fixes go into the UI, never into exclusions here.
 */
import { expect, test } from './fixtures'
import { KioskLayer } from './pages/kiosk-layer'
import { CORRECTED_DETAIL_SCREENS, CORRECTED_SCREENS } from './support/corrected-screens'
import { checkInTurn, inGroups } from './support/in-turn'
import { PUBLIC_SCREENS } from './support/public-screens'
import { expectTouchReady } from './support/touch'

const SCREENS = [...PUBLIC_SCREENS, ...CORRECTED_SCREENS, ...CORRECTED_DETAIL_SCREENS]

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(`${orientation}`, () => {
    test.use({ orientation })
    // The list keeps the plain screens before the corrected ones (each correction is written
    // on the way to its screen), so a kiosk never shows a plain screen after a correction.
    for (const group of inGroups(SCREENS)) {
      test(`${group.map((s) => s.name).join(', ')}: accessible and touch-ready`, async ({
        kiosk,
      }) => {
        test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
        await kiosk.open('/')
        await checkInTurn(group, orientation, async (screen) => {
          await kiosk.open(await screen.route(kiosk))
          await screen.after?.(kiosk)
          await kiosk.page.locator(screen.ready).first().waitFor()
          await expectTouchReady(kiosk.page, `${screen.name} (${orientation})`)
        })
      })
    }

    test('the idle countdown banner is accessible and touch-ready', async ({ kiosk }) => {
      await kiosk.page.clock.install()
      await kiosk.open('/projects')
      await kiosk.page.getByTestId('project-list').waitFor()
      await kiosk.page.clock.pauseAt((await kiosk.page.evaluate(() => Date.now())) + 1000)
      const idle = (await kiosk.call('settings.get', {})).idleSeconds
      await kiosk.page.clock.runFor((idle + 2) * 1000)
      await expect(new KioskLayer(kiosk.page).idleBanner()).toBeVisible()
      await kiosk.page.clock.resume() // axe needs timers; the countdown has 20 s left
      await expectTouchReady(kiosk.page, `idle banner (${orientation})`)
    })

    test('the attract loop is accessible', async ({ kiosk }) => {
      await kiosk.page.clock.install()
      await kiosk.open('/')
      await kiosk.page.getByTestId('home').waitFor()
      await kiosk.page.clock.pauseAt((await kiosk.page.evaluate(() => Date.now())) + 1000)
      const idle = (await kiosk.call('settings.get', {})).idleSeconds
      await kiosk.page.clock.runFor((idle + 2) * 1000)
      await expect(new KioskLayer(kiosk.page).attract()).toBeVisible()
      await kiosk.page.clock.resume() // axe needs timers
      await expectTouchReady(kiosk.page, `attract loop (${orientation})`)
    })
  })
}
