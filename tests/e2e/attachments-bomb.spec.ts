/**
 * A PDF that decodes to gigabytes (a 1200 dpi scan, or zeros that compress a thousand to one):
 * a few hundred kilobytes on the USB stick. Picking it is refused at once in Chinese, before
 * the kiosk tries to draw it; one whose picture hides where no check can read it (inline in
 * compressed page content) still opens, with that picture left off instead of the kiosk
 * spending a minute and gigabytes on it.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { PickerPart, ViewerPart } from './pages/attachments'
import { imageBombPdf } from './support/bomb-pdf'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'
import { publishWithFile } from './support/publish-file'

test('picking a scan too big to draw says so at once, and nothing is added', async ({ kiosk }) => {
  test.setTimeout(90_000)
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  const stored = join(kiosk.host.dataDir, 'attachments')
  const pdfsOnDisk = () => readdirSync(stored).filter((n) => n.endsWith('.pdf'))
  const before = pdfsOnDisk()
  const picker = new PickerPart(page, 'entry-attachments')
  await picker.pick({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: imageBombPdf() })
  await expect(picker.error()).toContainText('扫描件.pdf')
  await expect(picker.error()).toContainText('图片太大（超过 1.5 亿像素）')
  await expect(picker.error()).toContainText('300 dpi')
  await expect(picker.items()).toHaveCount(0)
  await expect(page.getByTestId('entry-attachments-pick')).toBeEnabled()
  await picker.root().screenshot({ path: 'artifacts/attach-too-many-pixels.png' })
  // Nothing reached the data folder either: the same files as before the pick.
  expect(pdfsOnDisk()).toEqual(before)
})

test('a PDF whose huge picture hides inside its page still opens, without the picture', async ({
  kiosk,
}) => {
  test.setTimeout(120_000)
  const { page } = kiosk
  const bomb = imageBombPdf({ inline: true })
  const id = await publishWithFile(kiosk, {
    name: '扫描件.pdf',
    mimeType: 'application/pdf',
    buffer: bomb,
  })
  await kiosk.open(`/finance/entry/${id}`)
  await page.locator('[data-testid=entry-photos-open]:has([data-kind=pdf])').click()
  const viewer = new ViewerPart(page)
  await expect(viewer.pdf()).toHaveAttribute('data-state', 'shown')
  await expect(viewer.pageCount()).toHaveText('第 1 页 / 共 1 页')
  await expect(viewer.canvas()).toBeVisible()
  await page.screenshot({ path: 'artifacts/attach-pdf-picture-left-off.png' })
  await viewer.close()
  await expect(viewer.root()).toHaveCount(0)
})
