/**
 * The 监委 reads every line before signing, often in 大字模式 on a portrait screen: each line's
 * 摘要 must read across the row (not one character under another) and its 标出 button must be on
 * the screen, not cut off at the right edge.
 */
import { expect, test } from './fixtures'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'

for (const orientation of ['portrait', 'landscape'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    test(`大字: the review table keeps each 摘要 readable and every 标出 on screen (${orientation})`, async ({
      kiosk,
    }) => {
      await kiosk.open('/')
      await kiosk.page.getByTestId('large-text-toggle').click()
      await seedOctober(kiosk, 'submitted')
      await loginUi(kiosk, 'supervisor')
      await kiosk.open(`/admin/ledger/${OCTOBER}`)
      await kiosk.page.getByTestId('review-panel').waitFor()
      const rows = kiosk.page.getByTestId('admin-entry')
      expect(await rows.count()).toBeGreaterThan(0)
      const width = await kiosk.page.evaluate(() => document.documentElement.clientWidth)
      for (const row of await rows.all()) {
        const summary = row.locator('.strong').first()
        const text = (await summary.textContent())!.trim()
        // The room the 摘要 has: its cell, as wide as the column.
        const box = (await summary.locator('xpath=..').boundingBox())!
        const px = await summary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
        // Room for eight characters (or the whole 摘要) on a line.
        expect(
          box.width,
          `摘要 “${text}” is ${Math.round(box.width)} px wide`,
        ).toBeGreaterThanOrEqual(Math.min(text.length, 8) * px - 1)
        const pick = (await row.getByTestId('admin-entry-pick').boundingBox())!
        expect(pick.x + pick.width, `标出 of “${text}”`).toBeLessThanOrEqual(width)
      }
    })
  })
}
