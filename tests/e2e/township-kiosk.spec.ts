/**
 * The kiosk's side of the township link: its signing fingerprint in 核验 and on the printed
 * 公开表, equal to the one inside the package a publish put in the outbox.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../../electron/core/core'
import { expect, test } from './fixtures'
import { AdminPage } from './pages/admin'
import { DrivesPart, plugUsb, USB } from './pages/drives'
import { LoginPage } from './pages/login'
import { PrintSheetPage } from './pages/print-sheet'
import { specTempDir } from './support/temp-dir'

const root = specTempDir('township-kiosk-')
const outbox = join(root, 'outbox')

test.use({ coreOptions: { signing: { keyDir: join(root, 'keys'), outbox } } })

/** The clerk and the 监委 publish October with one line, through core as their screens do. */
async function publishOctober(core: Core): Promise<void> {
  const as = async (caller: string, method: string, input: unknown) => {
    const r = await core.invoke(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  }
  await as('c', 'auth.login', { name: '杨雪梅', password: '111111' })
  await as('s', 'auth.login', { name: '高志强', password: '222222' })
  await as('c', 'ledger.closePeriod', { period: '2026-10' })
  const line = { period: '2026-10', date: '2026-10-08', voucherNo: '记-1', summary: '十月电费' }
  const money = { category: 'expense', item: '办公费', direction: 'expense', amountFen: 8_800 }
  await as('c', 'ledger.saveEntry', { ...line, ...money })
  await as('c', 'ledger.submit', { period: '2026-10' })
  await as('s', 'ledger.publish', { period: '2026-10' })
}

test('核验 and the printed 公开表 show the fingerprint every package carries', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'the signing folders are set by the bridge')
  await publishOctober(kiosk.host.core!)
  expect(readdirSync(outbox).filter((n) => n.endsWith('.json'))).toEqual(['00000001.json'])
  const pkg = JSON.parse(readFileSync(join(outbox, '00000001.json'), 'utf8')) as {
    fingerprint: string
  }
  expect(pkg.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)

  const login = new LoginPage(kiosk.page)
  await kiosk.open('/')
  await login.open()
  await login.loginAs('supervisor', '222222')
  await new AdminPage(kiosk.page).nav('verify').click()
  await expect(kiosk.page.getByTestId('signing-fingerprint')).toHaveText(
    `本机签名指纹：${pkg.fingerprint}`,
  )

  const print = new PrintSheetPage(kiosk.page)
  await kiosk.open('/print/sheet/2026-10')
  await print.ready()
  await expect(kiosk.page.getByTestId('print-fingerprint')).toHaveText(
    `签名指纹 ${pkg.fingerprint}`,
  )
})

test('管理 → 导出给乡镇 copies every package into a village folder on the USB drive', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'the signing folders are set by the bridge')
  await publishOctober(kiosk.host.core!)
  const usb = await plugUsb(kiosk.page)
  const drives = new DrivesPart(kiosk.page)
  const login = new LoginPage(kiosk.page)
  await kiosk.open('/')
  await login.open()
  await login.loginAs('admin', '333333')
  await new AdminPage(kiosk.page).nav('data').click()
  await kiosk.page.getByTestId('data-tile-township').click()
  await expect(kiosk.page.getByTestId('signing-fingerprint')).toContainText('本机签名指纹')
  // No box to type a folder in: the stick is picked with the app's own browser.
  await expect(kiosk.page.getByTestId('township-export').getByRole('textbox')).toHaveCount(0)
  await expect(kiosk.page.getByTestId('township-export-go')).toBeDisabled()
  await kiosk.page.getByTestId('township-export-pick').click()
  await drives.walk(USB)
  await drives.here()
  await expect(kiosk.page.getByTestId('township-export-folder')).toHaveText(usb)
  await kiosk.page.getByTestId('township-export-go').click()
  await expect(kiosk.page.getByTestId('township-export-done')).toContainText('已导出 1 个公开包')
  const [folder] = readdirSync(usb)
  expect(folder).toMatch(/^联盟村-[0-9a-f]{8}$/)
  expect(readdirSync(join(usb, folder!)).filter((n) => n.endsWith('.json'))).toEqual([
    '00000001.json',
  ])
  expect(readFileSync(join(usb, folder!, '00000001.json'))).toEqual(
    readFileSync(join(outbox, '00000001.json')),
  )
  await kiosk.page.screenshot({ path: 'artifacts/township-export.png' })

  // The stick was last used before a restore: its packages are from the history taken back.
  // They are moved aside (not deleted, not left to look current) and the screen says so.
  const stick = join(usb, folder!)
  writeFileSync(join(stick, '00000001.json'), '{"old":"恢复备份以前的包"}')
  writeFileSync(join(stick, '00000002.json'), '{"old":"恢复备份以前的第二个包"}')
  await kiosk.page.getByTestId('township-export-go').click()
  const done = kiosk.page.getByTestId('township-export-done')
  await expect(done).toContainText('已导出 1 个公开包')
  await expect(done).toContainText('U 盘上原有 2 个公开包与本机现在的记录不同')
  // Moved inside the village folder (the console reads only the packages there): a folder
  // beside it would be copied into the inbox as a second village.
  const aside = readdirSync(stick).filter((n) => n.startsWith('replaced-'))
  expect(aside).toHaveLength(1)
  expect(readdirSync(stick).filter((n) => n.endsWith('.json'))).toEqual(['00000001.json'])
  expect(readdirSync(usb)).toEqual([folder])
  expect(readFileSync(join(stick, '00000001.json'))).toEqual(
    readFileSync(join(outbox, '00000001.json')),
  )
  await expect(done).toContainText(aside[0]!)
  expect(readdirSync(join(stick, aside[0]!)).sort()).toEqual(['00000001.json', '00000002.json'])
  expect(readFileSync(join(stick, aside[0]!, '00000002.json'), 'utf8')).toContain('第二个包')
  await kiosk.page.screenshot({ path: 'artifacts/township-export-replaced.png' })
  // Exported again at once: the stick now matches, nothing more is moved.
  await kiosk.page.getByTestId('township-export-go').click()
  await expect(done).not.toContainText('原有')
  expect(readdirSync(stick).filter((n) => n.startsWith('replaced-'))).toHaveLength(1)

  // A folder on the stick where a file has the village folder's name: nothing can be written.
  const blocked = join(usb, '坏')
  mkdirSync(blocked)
  writeFileSync(join(blocked, folder!), '不是文件夹')
  await kiosk.page.getByTestId('township-export-pick').click()
  await drives.walk(USB, '坏')
  await drives.here()
  await kiosk.page.getByTestId('township-export-go').click()
  await expect(kiosk.page.getByTestId('township-export-error')).toContainText('写不进这个文件夹')
  expect(readFileSync(join(blocked, folder!), 'utf8')).toBe('不是文件夹')
})
