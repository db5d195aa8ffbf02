/**
 * The 财务登记 screens and the ledger-correction return are held to the kiosk's touch rules:
 * zero axe violations, every target at least 64×64 px, all text at least 24 px, in both
 * orientations. The screens are reached as `npm run shots` reaches them.
 */
import { test } from './fixtures'
import { ledgerReturnShots } from './shots/ledger-return'
import { registerShots } from './shots/registers'
import { checkInTurn, inGroups, openScreen } from './support/in-turn'
import { expectTouchReady } from './support/touch'

// The two ledger-return screens each correct the same entry on the way, so each has its own kiosk.
const shared = registerShots.filter((s) => !ledgerReturnShots.includes(s))
const groups = [...inGroups(shared), ...ledgerReturnShots.map((s) => [s])]

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const group of groups) {
      test(`${group.map((s) => s.name).join(', ')}: accessible and touch-ready`, async ({
        kiosk,
      }) => {
        await checkInTurn(group, orientation, async (shot) => {
          await openScreen(kiosk, shot.route ?? '/')
          await shot.prepare?.(kiosk)
          await kiosk.page.locator(shot.ready).first().waitFor({ state: 'visible' })
          await expectTouchReady(kiosk.page, `${shot.name} (${orientation})`)
        })
      })
    }
  })
}
