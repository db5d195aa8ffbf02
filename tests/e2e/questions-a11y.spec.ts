/**
 * 村务监督 and the asking flow are accessible and touch-ready in both orientations: zero axe
 * violations, every target at least 64×64 px, all text at least 24 px, at each step.
 */
import { test } from './fixtures'
import { QUESTIONS_SCREENS } from './support/questions-screens'
import { expectTouchReady } from './support/touch'

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const screen of QUESTIONS_SCREENS) {
      test(`${screen.name} is accessible and touch-ready`, async ({ kiosk }) => {
        test.skip(!kiosk.host.core, 'needs the core in the test process (bridge host)')
        await kiosk.open(screen.route)
        await screen.prepare?.(kiosk)
        await kiosk.page.locator(screen.ready).first().waitFor()
        await expectTouchReady(kiosk.page, `${screen.name} (${orientation})`)
      })
    }
  })
}
