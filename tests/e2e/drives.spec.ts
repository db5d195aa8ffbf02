/**
 * No OS dialog on the kiosk (issue #13.3): no public screen has a file input, the cadre forms
 * pick files in the app's own USB browser (big rows, thumbnails, 返回上一层, 取消), nothing
 * outside the drives is reachable, and walking away closes the browser.
 */
import { readdir } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { FILES, PickerPart } from './pages/attachments'
import { DataBackupPage } from './pages/data-backup'
import { DrivesPart, plugUsb, putOnUsb, USB } from './pages/drives'
import { KioskLayer } from './pages/kiosk-layer'
import { loginUi, OCTOBER, seedOctober } from './support/ledger-admin'
import { PUBLIC_SCREENS } from './support/public-screens'

test('no public screen has a file input a villager could open an OS dialog from', async ({
  kiosk,
}) => {
  test.setTimeout(180_000)
  for (const screen of PUBLIC_SCREENS) {
    await kiosk.open(await screen.route(kiosk))
    await screen.after?.(kiosk)
    await kiosk.page.locator(screen.ready).first().waitFor()
    expect(await kiosk.page.locator('input[type=file]').count(), screen.name).toBe(0)
  }
})

test('a clerk picks photos in the USB browser: drives, folders, thumbnails, back, cancel', async ({
  kiosk,
}) => {
  test.setTimeout(90_000)
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await putOnUsb(page, [FILES.photo(), FILES.pdf()], '凭证')
  await putOnUsb(page, [FILES.photo()], '工地')
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  const picker = new PickerPart(page, 'entry-attachments')
  await picker.root().waitFor()
  // Not even the cadre's form has a real file input any more.
  await expect(page.locator('input[type=file]')).toHaveCount(0)

  await page.getByTestId('entry-attachments-pick').click()
  const b = new DrivesPart(page)
  await expect(b.rows()).toHaveText([/U盘/, /本机导出文件夹/])
  for (const box of await b
    .rows()
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
    expect(box.height).toBeGreaterThanOrEqual(64)
  }
  await b.walk(USB, '凭证')
  await expect(b.rows()).toHaveText([/发票\.pdf/, /收据\.png/])
  await expect(b.thumbs()).toHaveCount(1)
  await page.screenshot({ path: 'artifacts/drives-browser.png' })
  await b.up()
  await expect(b.rows()).toHaveText([/工地/, /凭证/])
  await b.up()
  await expect(b.rows().first()).toHaveText(/U盘/)
  await b.cancel()
  await expect(b.root()).toHaveCount(0)
  await expect(picker.items()).toHaveCount(0)

  await picker.pick([FILES.photo()])
  await expect(picker.items()).toHaveCount(1)
  await expect(b.root()).toHaveCount(0)
})

test('walking away closes the USB browser with everything else', async ({ kiosk }) => {
  const { page } = kiosk
  const { ids } = await seedOctober(kiosk, 'draft')
  await putOnUsb(page, [FILES.photo()], '凭证')
  await page.clock.install()
  await loginUi(kiosk, 'clerk')
  await kiosk.open(`/admin/ledger/${OCTOBER}/entry/${ids[1]}/edit`)
  await page.getByTestId('entry-attachments-pick').click()
  const b = new DrivesPart(page)
  await b.row(USB).waitFor()
  const idle = (await kiosk.call('settings.get', {})).idleSeconds
  await page.clock.runFor((idle + 2) * 1000)
  await expect(new KioskLayer(page).idleBanner()).toBeVisible()
  await expect(b.root()).toBeVisible()
  await page.clock.runFor((idle + 60) * 1000)
  await expect(b.root()).toHaveCount(0)
})

test('the admin backs up onto the stick and finds the backup there, all by taps', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const usb = await plugUsb(page)
  await loginUi(kiosk, 'admin')
  await kiosk.open('/admin/data/backup')
  const backup = new DataBackupPage(page)
  const drives = new DrivesPart(page)
  await page.getByTestId('backup-pick-folder').click()
  await drives.walk(USB)
  await drives.here()
  await expect(page.getByTestId('backup-folder')).toHaveText(usb)
  // A backup to a stick is encrypted: the recovery code comes first.
  await backup.makeRecoveryCode()
  await page.getByTestId('backup-create-go').click()
  await expect(backup.created()).toBeVisible()
  const archive = (await readdir(usb)).find((n) => n.endsWith('.cwbak'))
  expect(archive).toMatch(/^cunwu-backup-.*\.cwbak$/)

  await page.getByTestId('restore-pick').click()
  await drives.walk(USB)
  await expect(page.getByTestId('drives-here')).toHaveText('在这里找备份')
  await drives.here()
  await expect(backup.list()).toContainText(archive!.slice(0, 10))
  await expect(backup.list().getByRole('button')).toHaveCount(1)
})
