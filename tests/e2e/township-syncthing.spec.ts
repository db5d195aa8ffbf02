/**
 * The township link over real Syncthing on 127.0.0.1: a village kiosk publishes a sheet into
 * its send-only outbox, Syncthing brings it to the township's receive-only folder, and the
 * 乡镇汇总 console shows it verified; then one changed byte arrives the same way and shows as failed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../../electron/core/core'
import { expect, test } from './fixtures'
import { TownshipPage } from './pages/township'
import { makeSyncthing, type Syncthing } from './support/syncthing'
import { openSigningVillage, publishMonth } from './support/township-village'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-st-')
const inbox = join(root, 'township-inbox')
const outbox = join(root, 'village', 'outbox')
const FOLDER = 'cunwu-lianmeng'
const received = join(inbox, 'lianmeng')
mkdirSync(inbox, { recursive: true })

let village: Syncthing
let township: Syncthing
let core: Core | null = null

test.use({ village: 'empty', coreOptions: { townshipInbox: inbox } })
test.setTimeout(90_000)

test.beforeAll(async () => {
  village = await makeSyncthing(join(root, 'st-village'))
  township = await makeSyncthing(join(root, 'st-township'))
  await Promise.all([
    village.start(township, { id: FOLDER, path: outbox, type: 'sendonly' }),
    township.start(village, { id: FOLDER, path: received, type: 'receiveonly' }),
  ])
})

test.afterAll(async () => {
  await core?.close()
  await Promise.all([village?.stop(), township?.stop()])
})

test('a published sheet arrives by Syncthing verified; a one-byte change arrives as failed', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'the console is opened over a test inbox by the bridge')
  core = await openSigningVillage(join(root, 'village'), outbox)
  await publishMonth(core, '2026-10', '十月办公用品')
  await village.scan(FOLDER)

  const page = new TownshipPage(kiosk.page)
  await kiosk.open('/township')
  // The console re-reads on its own every 10 s; a tap on 重新读取 only saves waiting.
  await expect(async () => {
    await page.refresh().click()
    await expect(page.check('lianmeng')).toHaveText(/已核验 1 个包/, { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.last('lianmeng')).toContainText('2026年10月')
  await expect(page.allOk()).toBeVisible()
  // README's picture: DOCS_IMAGES=1 refreshes it (a fresh key each run would change it every time).
  const shot = process.env.DOCS_IMAGES ? 'docs/images/township.png' : 'artifacts/township.png'
  await kiosk.page.screenshot({ path: shot })

  const file = join(outbox, '00000001.json')
  const bytes = readFileSync(file)
  const at = bytes.indexOf('十月办公用品')
  bytes[at + 2] = bytes[at + 2]! ^ 0x01
  writeFileSync(file, bytes)
  await village.scan(FOLDER)
  await expect(async () => {
    await page.refresh().click()
    await expect(page.problem().first()).toContainText('签名不对', { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.row('lianmeng')).toHaveAttribute('data-ok', 'false')
  await expect(page.check('lianmeng')).toContainText('有问题')
})
