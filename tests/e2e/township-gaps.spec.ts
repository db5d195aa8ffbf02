/**
 * 乡镇汇总: a village that skips a month and publishes the next is on time for the newest
 * period, yet the month it skipped was never made public; the clerk sees it named on the row.
 */
import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test } from './fixtures'
import { TEST_NOW } from './hosts/types'
import { TownshipPage } from './pages/township'
import { exportToUsb, openSigningVillage, publishMonth } from './support/township-village'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-gaps-')
const inbox = join(root, 'inbox')
mkdirSync(inbox)

test.use({ village: 'empty', coreOptions: { townshipInbox: inbox } })

test('a month skipped before the newest sheet is named as not published', async ({ kiosk }) => {
  test.skip(kiosk.host.name !== 'bridge', 'the console is opened over a test inbox by the bridge')
  let now = TEST_NOW
  const village = await openSigningVillage(
    join(root, 'village'),
    join(root, 'village', 'outbox'),
    () => new Date(now),
  )
  await publishMonth(village, '2026-10', '十月办公用品')
  // November is never published; December is, on time in January.
  now = '2027-01-05T01:30:00.000Z'
  await publishMonth(village, '2026-12', '十二月办公用品')
  const folder = await exportToUsb(village, inbox)
  await village.close()
  const name = basename(folder)

  kiosk.host.setNow!('2027-01-20T01:30:00.000Z')
  const console_ = new TownshipPage(kiosk.page)
  await kiosk.open('/')
  await expect(console_.check(name)).toHaveText(/已核验 2 个包/)
  await expect(console_.due(name)).toContainText('最近一期按时')
  await expect(console_.row(name).getByTestId('village-missing')).toHaveText(
    '✘ 漏了没公开：2026年11月',
  )
  await kiosk.page.screenshot({ path: 'artifacts/township-gap.png' })
})
