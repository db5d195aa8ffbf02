/**
 * The USB browser and 批量添加凭证照片 are held to the kiosk's touch rules like every screen:
 * zero axe violations, every target at least 64×64 px, all text at least 24 px, both ways up.
 */
import { expect, test } from './fixtures'
import { FILES } from './pages/attachments'
import { DrivesPart, putOnUsb, USB } from './pages/drives'
import { VoucherPhotosPage } from './pages/voucher-photos'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'
import { expectTouchReady } from './support/touch'

for (const orientation of ['landscape', 'portrait'] as const) {
  test.describe(orientation, () => {
    test.use({ orientation })

    test('the USB browser is accessible and touch-ready', async ({ kiosk }) => {
      test.setTimeout(90_000)
      const { page } = kiosk
      const { ids } = await seedOctober(kiosk, 'draft')
      await putOnUsb(page, [FILES.photo(), FILES.pdf(), FILES.exe()], '凭证')
      await loginUi(kiosk, 'clerk')
      await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[0]}/edit`)
      await page.getByTestId('entry-attachments-pick').click()
      const drives = new DrivesPart(page)
      await drives.row(USB).waitFor()
      await expectTouchReady(page, `drive list (${orientation})`)
      await drives.walk(USB, '凭证')
      await drives.row('收据.png').click()
      await expect(drives.thumbs()).toHaveCount(1)
      await expectTouchReady(page, `drive folder (${orientation})`)
    })

    test('批量添加凭证照片 is accessible and touch-ready', async ({ kiosk }) => {
      test.setTimeout(90_000)
      const { page } = kiosk
      await seedOctober(kiosk, 'draft')
      const photo = FILES.photo().buffer
      const folder = await putOnUsb(page, [
        { name: '记-2026-10-001.png', buffer: photo },
        { name: 'IMG_0001.png', buffer: photo },
        { name: 'IMG_0002.HEIC', buffer: Buffer.from('....ftypheic') },
      ])
      await loginUi(kiosk, 'clerk')
      await kiosk.open(`/admin/ledger/${OCTOBER}/photos`)
      const v = new VoucherPhotosPage(page)
      await v.pickFolder()
      const drives = new DrivesPart(page)
      await drives.walk(USB, folder)
      await drives.here()
      await expect(v.images()).toHaveCount(2)
      await v.photo('IMG_0001.png').click()
      await expectTouchReady(page, `voucher photos (${orientation})`)
    })
  })
}
