/**
 * `npm run shots`: every screen into artifacts/screens/, 1920×1080 and 1080×1920, and the
 * public ones again in 大字模式. Each area lists its screens in tests/e2e/shots/<area>.ts.
 */
import { test } from './fixtures'
import { attachmentShots } from './shots/attachments'
import { authShots } from './shots/auth'
import { coreShots } from './shots/core-screens'
import { dataShots } from './shots/data'
import { ledgerAdminShots } from './shots/ledger-admin'
import { questionShots } from './shots/questions'
import { recordShots } from './shots/records'
import { registerShots } from './shots/registers'
import { sectionShots } from './shots/sections'
import { systemShots } from './shots/system'
import type { Shot } from './shots/types'

const all: Shot[] = [
  ...coreShots,
  ...sectionShots,
  ...authShots,
  ...recordShots,
  ...registerShots,
  ...ledgerAdminShots,
  ...questionShots,
  ...systemShots,
  ...dataShots,
  ...attachmentShots,
]

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const shot of all) {
      for (const large of shot.public ? [false, true] : [false]) {
        const name = `${shot.name}-${orientation}${large ? '-large' : ''}`
        test(name, async ({ kiosk }) => {
          await kiosk.open(shot.route ?? '/')
          if (large) await kiosk.page.getByTestId('large-text-toggle').click()
          await shot.prepare?.(kiosk)
          await kiosk.page.locator(shot.ready).first().waitFor({ state: 'visible' })
          await kiosk.page.evaluate(() => document.fonts.ready)
          await kiosk.page.waitForTimeout(300)
          await kiosk.page.screenshot({ path: `artifacts/screens/${name}.png` })
        })
      }
    }
  })
}
