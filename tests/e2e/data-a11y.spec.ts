/**
 * The 导入导出与备份 screens are held to the kiosk's touch rules: zero axe violations, every
 * target at least 64×64 px, all text at least 24 px, in both orientations, with content showing
 * (an import preview with row errors, a backup checked and waiting for 确定恢复). The printed
 * 公开表 is a paper document in pt and mm and is checked by print.spec.ts instead.
 */
import type { Kiosk } from './fixtures'
import { test } from './fixtures'
import { dataShots } from './shots/data'
import { expectTouchReady } from './support/touch'

const SCREENS = dataShots.filter((s) => s.name.startsWith('admin-data'))

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    for (const s of SCREENS) {
      test(`${s.name} is accessible and touch-ready`, async ({ kiosk }: { kiosk: Kiosk }) => {
        test.setTimeout(90_000)
        await kiosk.open(s.route ?? '/')
        await s.prepare?.(kiosk)
        await kiosk.page.locator(s.ready).first().waitFor()
        await expectTouchReady(kiosk.page, `${s.name} (${orientation})`)
      })
    }
  })
}
