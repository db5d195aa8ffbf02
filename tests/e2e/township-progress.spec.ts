/**
 * The console's first read of a whole township (30 villages × 10 years of packages) shows how
 * many villages are checked so far, then the table with every village verified.
 */
import { join } from 'node:path'
import { generateTownship } from '../bench/township-packages'
import { expect, test } from './fixtures'
import { TownshipPage } from './pages/township'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-many-')
const inbox = join(root, 'inbox')

test.use({ village: 'empty', coreOptions: { townshipInbox: inbox } })

test('the first read of 30 villages shows a bar counting villages checked, then all verified', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'the console is opened over a test inbox by the bridge')
  test.setTimeout(120_000)
  await generateTownship(inbox, 30, 10)
  const console_ = new TownshipPage(kiosk.page)
  await kiosk.open('/')
  const bar = kiosk.page.getByTestId('township-progress')
  await expect(bar).toContainText(/已核对 \d+ 个村，共 30 个村/)
  await kiosk.page.screenshot({ path: 'artifacts/township-progress.png' })
  await expect(console_.allOk()).toBeVisible({ timeout: 60_000 })
  await expect(bar).toBeHidden()
  await expect(kiosk.page.getByTestId('township-village')).toHaveCount(30)
})
