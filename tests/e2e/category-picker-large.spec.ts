/**
 * 会计科目对应表 and the import preview ask which category an unknown 科目 counts as with eight
 * big buttons. In 大字模式 on a portrait screen all eight must be on the screen to be tapped.
 */
import { expect, test } from './fixtures'
import { loginUi } from './support/ledger-admin'

for (const orientation of ['portrait', 'landscape'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })
    test(`大字: every category button of the picker is on the screen (${orientation})`, async ({
      kiosk,
    }) => {
      await kiosk.open('/')
      await kiosk.page.getByTestId('large-text-toggle').click()
      await loginUi(kiosk, 'clerk')
      await kiosk.call('subjects.save', {
        subject: '路灯',
        category: 'expense',
        item: '公益事业支出',
      })
      await kiosk.open('/admin/data/subjects')
      await kiosk.page.getByTestId('subject-change').click()
      const picker = kiosk.page.getByTestId('category-picker')
      await picker.waitFor()
      const width = await kiosk.page.evaluate(() => document.documentElement.clientWidth)
      const frame = (await picker.boundingBox())!
      const buttons = picker.locator('[data-testid^=pick-category-]')
      await expect(buttons).toHaveCount(8)
      for (const b of await buttons.all()) {
        const box = (await b.boundingBox())!
        const name = (await b.textContent())!.trim()
        expect(box.x + box.width, `${name} ends inside the screen`).toBeLessThanOrEqual(width)
        expect(box.x + box.width, `${name} ends inside its box`).toBeLessThanOrEqual(
          frame.x + frame.width + 0.5,
        )
      }
    })
  })
}
