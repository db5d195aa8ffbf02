/**
 * 乡镇汇总: a village none of whose files can be read stays in the table, its row saying so in
 * plain words (not “已核验 0 / 2 个包” beside an empty fingerprint), while the others show.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test } from './fixtures'
import { TownshipPage } from './pages/township'
import { exportToUsb, openSigningVillage, publishMonth } from './support/township-village'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-unreadable-')
const inbox = join(root, 'inbox')
mkdirSync(inbox)

test.use({ village: 'empty', coreOptions: { townshipInbox: inbox } })

test('a village whose files cannot be read is listed and said so on its row', async ({ kiosk }) => {
  test.skip(kiosk.host.name !== 'bridge', 'the console is opened over a test inbox by the bridge')
  const village = await openSigningVillage(join(root, 'village'), join(root, 'village', 'outbox'))
  await publishMonth(village, '2026-10', '十月办公用品')
  const good = basename(await exportToUsb(village, inbox))
  await village.close()
  mkdirSync(join(inbox, '乙村'))
  writeFileSync(join(inbox, '乙村', '00000001.json'), 'not a package')
  writeFileSync(join(inbox, '乙村', '00000002.json'), '{"seq":2}')

  const console_ = new TownshipPage(kiosk.page)
  await kiosk.open('/')
  await expect(console_.check(good)).toHaveText(/已核验 1 个包/)
  await expect(console_.check('乙村')).toHaveText(
    '✘ 有问题（已核验 0 / 2 个包）：没有一个包能用（读不出来或核对不上），原因见上面的红框',
  )
  await expect(console_.row('乙村')).not.toContainText('指纹')
  // Nothing of it was read: the row does not guess it publishes by quarter nor name a period owed.
  await expect(console_.due('乙村')).toHaveText(
    '无法判断：没有一个包能用，不知道本村按月还是按季度公开',
  )
  await expect(console_.due(good)).toContainText('按月公开')
  await kiosk.page.screenshot({ path: 'artifacts/township-unreadable.png' })
})
