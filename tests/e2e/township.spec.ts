/**
 * 乡镇汇总 over the USB layout: a village exports its signed packages, the console started in
 * township mode checks and shows them; one changed byte turns the village red at the top.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test } from './fixtures'
import { TownshipPage } from './pages/township'
import {
  exportToUsb,
  openSigningVillage,
  publishMonth,
  withholdQuestion,
} from './support/township-village'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-usb-')
const inbox = join(root, 'inbox')
mkdirSync(inbox)

test.use({ village: 'empty', coreOptions: { townshipInbox: inbox } })

test('a sheet exported by USB shows verified; one changed byte shows as failed, in red at the top', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'the console is opened over a test inbox by the bridge')
  const village = await openSigningVillage(join(root, 'village'), join(root, 'village', 'outbox'))
  await publishMonth(village, '2026-10', '十月办公用品')
  // A question kept off the board: the township sees how many and why, never the question.
  await withholdQuestion(village, '二组李某家的宅基地批了多少？', '含个人隐私')
  const folder = await exportToUsb(village, inbox)
  await village.close()
  const name = basename(folder)
  expect(readdirSync(folder)).toContain('00000001.json')

  const console_ = new TownshipPage(kiosk.page)
  await kiosk.open('/')
  await expect(console_.root()).toBeVisible()
  await expect(console_.allOk()).toBeVisible()
  await expect(console_.check(name)).toHaveText(/已核验 2 个包/)
  await expect(console_.last(name)).toContainText('2026年10月')
  await expect(console_.row(name)).toContainText('联盟村')
  // Two folders can carry the same village (a copy left behind): the folder tells them apart.
  await expect(console_.row(name).getByTestId('village-folder')).toHaveText(`文件夹 ${name}`)
  await expect(console_.due(name)).toContainText('按时')
  const withheld = kiosk.page.locator(`[data-testid=village-withheld][data-village="${name}"]`)
  await expect(withheld).toContainText('没有公开的提问：共 2 条（含个人隐私 1 条、重复 1 条）')
  await expect(console_.root()).not.toContainText('宅基地')
  await kiosk.page.screenshot({ path: 'artifacts/township-ok.png' })

  const file = join(folder, '00000001.json')
  const bytes = readFileSync(file)
  const at = bytes.indexOf('十月办公用品')
  bytes[at + 1] = bytes[at + 1]! ^ 0x01
  writeFileSync(file, bytes)
  await console_.refresh().click()
  await expect(console_.problems()).toBeVisible()
  await expect(console_.problem().first()).toContainText('签名不对')
  await expect(console_.check(name)).toContainText('有问题')
  await expect(console_.row(name)).toHaveAttribute('data-ok', 'false')
  await kiosk.page.screenshot({ path: 'artifacts/township-bad.png' })

  // The byte put back: fine again. Then the package is deleted from the inbox (a village took
  // its history back, or someone cleaned the folder): the console says what it had seen is gone.
  bytes[at + 1] = bytes[at + 1]! ^ 0x01
  writeFileSync(file, bytes)
  await console_.refresh().click()
  await expect(console_.allOk()).toBeVisible()
  rmSync(file)
  await console_.refresh().click()
  await expect(console_.problems()).toBeVisible()
  await expect(console_.problem().first()).toContainText('收到过的不见了')
  await expect(console_.row(name)).toHaveAttribute('data-ok', 'false')
  await kiosk.page.screenshot({ path: 'artifacts/township-missing.png' })
})
