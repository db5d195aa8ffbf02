/**
 * Voucher photos in bulk (issue #15.5): a folder of phone photos named several ways is picked in
 * the app's own USB browser, matched to October's lines by 凭证号 or date + amount, one is placed
 * by two taps, a HEIC and a file named with an ID number are refused in Chinese (the number
 * never shown); 全部添加 stores them all through the sha256 + magic-byte store, and once the
 * 监委 signs, the kiosk shows the voucher photo on the entry.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { encodePng } from '../../electron/core/demo/png'
import { expect, test } from './fixtures'
import { loaded } from './pages/attachments'
import { DrivesPart, putOnUsb, USB } from './pages/drives'
import { VoucherPhotosPage } from './pages/voucher-photos'
import { loginUi, OCTOBER, seedOctober, voucherOf } from './support/ledger-admin'

const ID_NUMBER = '110101199003078888'

/** Every stored attachment and thumbnail, e.g. `<sha>.jpg` and `thumbs/<sha>.jpg`. */
async function storedFiles(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'attachments')
  const all = await readdir(dir, { recursive: true }).catch(() => [])
  return all
    .map(String)
    .filter((n) => n !== 'thumbs')
    .sort()
}

/** A real JPEG, drawn and encoded by the browser as a phone would save it. */
async function jpegOf(page: Page, hue: number): Promise<Buffer> {
  const url = await page.evaluate((h) => {
    const c = document.createElement('canvas')
    c.width = 320
    c.height = 240
    const g = c.getContext('2d')!
    g.fillStyle = `hsl(${h}, 60%, 70%)`
    g.fillRect(0, 0, 320, 240)
    g.fillStyle = '#fff'
    g.fillRect(40, 30, 240, 180)
    return c.toDataURL('image/jpeg', 0.8)
  }, hue)
  return Buffer.from(url.split(',')[1]!, 'base64')
}

/** What an iPhone saves by default: an ISO box of type ftyp, brand heic. */
const heic = () =>
  Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(400, 7)])

test('a folder of phone photos is matched, placed by tap, and attached all at once', async ({
  kiosk,
}) => {
  test.setTimeout(120_000)
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await kiosk.open('/')
  await putOnUsb(
    page,
    [
      { name: '记-2026-10-001.jpg', buffer: await jpegOf(page, 10) },
      { name: '记002.jpg', buffer: await jpegOf(page, 60) },
      { name: '10-3.png', buffer: encodePng(64, 48, (x, y) => [x * 3, y * 4, 90]) },
      // 2026-10-25, ¥18,600.00: matched by date and amount (the documented rule).
      { name: '2026-10-25_18600.jpg', buffer: await jpegOf(page, 120) },
      { name: 'IMG_0042.jpg', buffer: await jpegOf(page, 200) },
      { name: 'IMG_0043.HEIC', buffer: heic() },
      { name: `身份证${ID_NUMBER}.jpg`, buffer: await jpegOf(page, 300) },
    ],
    '十月凭证',
  )
  const before = await storedFiles(kiosk.host.dataDir)
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}`)
  await page.getByTestId('entry-photos-bulk').click()
  const v = new VoucherPhotosPage(page)
  await v.pickFolder()
  const drives = new DrivesPart(page)
  await drives.walk(USB, '十月凭证')
  await drives.here()

  await expect(v.summary()).toHaveText('对上 4 张，还要指定 1 张，不能导入 2 张')
  await expect(v.line(voucherOf(1)).getByTestId('vphoto')).toHaveText(/按凭证号对上/)
  await expect(v.line(voucherOf(2)).getByTestId('vphoto')).toHaveAttribute('data-name', '记002.jpg')
  await expect(v.line(voucherOf(3)).getByTestId('vphoto')).toHaveAttribute('data-name', '10-3.png')
  await expect(v.line(voucherOf(4)).getByTestId('vphoto')).toHaveText(/按日期和金额对上/)
  await expect(v.refused()).toHaveText([
    /^身份证11\*+88\.jpg：文件名里有身份证号、银行卡号或手机号码，为保护隐私不能导入/,
    'IMG_0043.HEIC：苹果手机HEIC格式，请在手机设置里改为‘兼容性最佳’后重拍，或转成JPG',
  ])
  await expect(page.locator('body')).not.toContainText(ID_NUMBER)
  await expect(v.images()).toHaveCount(5)
  for (const img of await v.images().all()) await expect.poll(() => loaded(img)).toBeGreaterThan(0)
  await page.screenshot({ path: 'artifacts/voucher-photos.png' })
  await v.line(voucherOf(3)).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'artifacts/voucher-photos-lines.png' })

  // Two taps: the photo, then 放到这一笔 beside the first line.
  await v.photo('IMG_0042.jpg').click()
  await v.putOn(voucherOf(1))
  await expect(v.open()).toHaveCount(0)
  await expect(v.line(voucherOf(1)).getByTestId('vphoto')).toHaveCount(2)
  await expect(v.commit()).toHaveText('全部添加（5 张）')
  await v.commit().click()
  await expect(v.done()).toHaveText('已添加 5 张照片到 4 笔账。')

  // On disk: five new originals under their sha256, each with the screen's thumbnail.
  const added = (await storedFiles(kiosk.host.dataDir)).filter((n) => !before.includes(n))
  expect(added.filter((n) => !n.startsWith('thumbs/'))).toHaveLength(5)
  expect(added.filter((n) => n.startsWith('thumbs/'))).toHaveLength(5)
  for (const n of added) expect(n).toMatch(/^(thumbs\/)?[a-f0-9]{64}\.(jpg|png)$/)

  await kiosk.call('ledger.submit', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await loginUi(kiosk, 'supervisor')
  await kiosk.call('ledger.publish', { period: OCTOBER })
  await kiosk.call('auth.logout', {})
  await kiosk.open(`/finance/entry/${ids[0]}`)
  const strip = page.getByTestId('entry-photos')
  await expect(strip).toHaveAttribute('data-count', '2')
  await expect
    .poll(() => loaded(strip.getByTestId('entry-photos-open').first().locator('img')))
    .toBeGreaterThan(0)
  await expect(page.locator('body')).not.toContainText(ID_NUMBER)
})

test('a photo that is not what its name says stops the whole batch; nothing is attached', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await kiosk.open('/')
  const folder = await putOnUsb(page, [
    { name: '记-2026-10-001.jpg', buffer: await jpegOf(page, 10) },
    { name: '记-2026-10-002.jpg', buffer: await jpegOf(page, 90) },
  ])
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/photos`)
  const v = new VoucherPhotosPage(page)
  await v.pickFolder()
  const drives = new DrivesPart(page)
  await drives.walk(USB, folder)
  await drives.here()
  await expect(v.summary()).toHaveText('对上 2 张，还要指定 0 张，不能导入 0 张')
  // Between the check and 全部添加, someone swaps a photo for a program of the same name.
  await putOnUsb(
    page,
    [{ name: '记-2026-10-002.jpg', buffer: Buffer.from('MZ not a photo') }],
    folder,
  )
  const seq = (await kiosk.call('system.checkpoint', {})).seq
  const before = await storedFiles(kiosk.host.dataDir)
  await v.commit().click()
  await expect(v.error()).toContainText('“记-2026-10-002.jpg”：只能上传照片')
  expect((await kiosk.call('system.checkpoint', {})).seq).toBe(seq)
  expect(await storedFiles(kiosk.host.dataDir)).toEqual(before)
  const drafts = await kiosk.call('ledger.drafts', { period: OCTOBER })
  expect(drafts.entries.find((e) => e.id === ids[0])!.attachments).toEqual([])
})
