/**
 * The 财务登记 screens and the ledger-correction return are held to the kiosk's touch rules:
 * zero axe violations, every target at least 64×64 px, all text at least 24 px, in both
 * orientations. The screens are reached as `npm run shots` reaches them.
 */
import { test } from './fixtures'
import { registerShots } from './shots/registers'
import { expectTouchReady } from './support/touch'

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const shot of registerShots) {
      test(`${shot.name} is accessible and touch-ready`, async ({ kiosk }) => {
        await kiosk.open(shot.route ?? '/')
        await shot.prepare?.(kiosk)
        await kiosk.page.locator(shot.ready).first().waitFor({ state: 'visible' })
        await expectTouchReady(kiosk.page, `${shot.name} (${orientation})`)
      })
    }
  })
}
