/**
 * A restore cut off by a power cut before its new journal was in place is rolled back at the next
 * start. A photo saved meanwhile under an old photo's name cannot take the old one back: it stays
 * in the set-aside folder, and the 监委 reads on the workspace home what was kept, where, and that
 * nothing was deleted.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MARKER } from '../../electron/core/services/data/backup/restore-marker'
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { LoginPage } from './pages/login'

test('the 监委 is told what a rolled-back restore kept aside, and where', async ({ kiosk }) => {
  test.skip(!kiosk.host.restart, 'needs the bridge to reopen the data folder')
  const dir = kiosk.host.dataDir
  const s = '20261125-093000'
  const replaced = join(dir, `replaced-${s}`)
  await mkdir(join(replaced, 'attachments'), { recursive: true })
  await writeFile(join(replaced, 'attachments', 'a1.png'), 'OLD PHOTO')
  await mkdir(join(dir, 'attachments'), { recursive: true })
  await writeFile(join(dir, 'attachments', 'a1.png'), 'PHOTO SAVED DURING THE SWAP')
  await mkdir(join(dir, `.restore-${s}`))
  await writeFile(join(dir, `.restore-${s}`, 'journal.jsonl'), 'new journal\n')
  const marker = { id: s, staging: `.restore-${s}`, replaced: `replaced-${s}`, actor: null }
  await writeFile(join(dir, MARKER), JSON.stringify({ ...marker, record: {} }))
  await kiosk.host.restart!()

  await kiosk.open('/')
  await new LoginPage(kiosk.page).open()
  await new LoginPage(kiosk.page).loginAs('supervisor', '222222')
  const panel = new AdminPage(kiosk.page)
  await panel.storageAlerts().scrollIntoViewIfNeeded()
  const alert = panel.storageAlerts().getByTestId('storage-alert').filter({ hasText: '恢复备份' })
  await expect(alert).toContainText(
    '上一次恢复备份没有做完（可能是断了电），程序打开时已把数据退回恢复以前的样子。' +
      '有 1 个旧文件没能放回原处（attachments/a1.png），因为数据文件夹里已经有同名的文件。' +
      `它留在 ${replaced} 文件夹里，没有删除任何文件，请联系技术人员核对`,
  )
  await expect(alert).toContainText('注意')
  await kiosk.page.screenshot({ path: test.info().outputPath('restore-rollback-alert.png') })
})
