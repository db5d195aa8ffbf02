/**
 * Photos and scans go public with their record, and no check can read a number off a picture:
 * a 发放花名册 photographed as a voucher shows every villager's ID and bank-card number on the
 * kiosk. Wherever a cadre adds photos, the screen says so before the first one is picked. A
 * typed PDF's text is read: one with an ID number in it is refused, naming the page.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Kiosk } from './fixtures'
import { FILES, PickerPart } from './pages/attachments'
import { VoucherPhotosPage } from './pages/voucher-photos'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'

const WARNING = /照片和 PDF 文件会随记录公开，全村都能看到.*身份证号、银行卡号和电话号码/

/** A clerk editing a draft October entry: its attachment picker. */
async function entryPicker(kiosk: Kiosk): Promise<PickerPart> {
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  return new PickerPart(kiosk.page, 'entry-attachments')
}

test('the picker and the voucher-photo batch say photos go public: cover ID, bank and phone numbers', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const picker = await entryPicker(kiosk)
  await expect(picker.root().getByTestId('entry-attachments-privacy')).toHaveText(WARNING)

  await kiosk.open(`/admin/ledger/${OCTOBER}`)
  await page.getByTestId('entry-photos-bulk').click()
  const v = new VoucherPhotosPage(page)
  await expect(v.root().getByTestId('vphotos-privacy')).toHaveText(WARNING)
})

test('a typed PDF with an ID number on page 2 is refused on screen, naming the page; nothing is stored', async ({
  kiosk,
}) => {
  const picker = await entryPicker(kiosk)
  const files = () => readdir(join(kiosk.host.dataDir, 'attachments')).catch(() => [])
  const before = await files()
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  await picker.pick(FILES.rosterPdf())
  await expect(picker.error()).toHaveText(
    '“低保名单.pdf”没有保存：这个 PDF 第 2 页有像身份证号的内容，公开前请先遮住或删掉',
  )
  await expect(picker.items()).toHaveCount(0)
  expect(await files()).toEqual(before)
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
})
