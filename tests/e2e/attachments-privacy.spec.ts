/**
 * Photos and scans go public with their record, and no check can read a number off a picture:
 * a 发放花名册 photographed as a voucher shows every villager's ID and bank-card number on the
 * kiosk. Wherever a cadre adds photos, the screen says so before the first one is picked.
 */
import { expect, test } from './fixtures'
import { PickerPart } from './pages/attachments'
import { VoucherPhotosPage } from './pages/voucher-photos'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'

const WARNING = /全村都能看到.*身份证号、银行卡号和电话号码/

test('the picker and the voucher-photo batch say photos go public: cover ID, bank and phone numbers', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  const picker = new PickerPart(page, 'entry-attachments')
  await expect(picker.root().getByTestId('entry-attachments-privacy')).toHaveText(WARNING)

  await kiosk.open(`/admin/ledger/${OCTOBER}`)
  await page.getByTestId('entry-photos-bulk').click()
  const v = new VoucherPhotosPage(page)
  await expect(v.root().getByTestId('vphotos-privacy')).toHaveText(WARNING)
})
