/**
 * A changed journal line (#12.4): after a restart the kiosk shows the records as of the last
 * good line with a plain notice, the 监委's 核验 screen names the line and why, saves are
 * refused, and the journal file stays exactly as found. A changed data file (the journal
 * untouched) is found by core's own check soon after start (here at once), every screen says
 * so, and the 核验 screen names the record.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeDoc, type DocData } from '../../electron/core/store/durable-adapter'
import { expect, test } from './fixtures'
import { sheetPrintRoute } from '../../contract/print'
import { AdminPage } from './pages/admin'
import { HomePage } from './pages/home'
import { LoginPage } from './pages/login'
import { PrintSheetPage } from './pages/print-sheet'

// Core's own records check runs at once after each start here (in the kiosk: five minutes on).
test.use({ coreOptions: { recordsWatch: { firstAfterMs: 0, everyMs: 3_600_000 } } })

test('a tampered journal line: the screens stop at the last good line and say so', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.restart, 'needs the bridge to reopen the data folder')
  const home = new HomePage(kiosk.page)
  await kiosk.open('/')
  const roster = await kiosk.call('auth.roster', {})
  const admin = roster.find((r) => r.role === 'admin')!
  await kiosk.call('auth.login', { name: admin.name, password: '333333' })
  const first = await kiosk.call('members.save', {
    name: '钱秋实',
    body: 'supervision',
    title: '监委委员',
    order: 7,
  })
  await kiosk.call('members.save', { name: '孙冬青', body: 'supervision', title: '监委委员' })
  await kiosk.call('auth.logout', {})
  await kiosk.open('/')
  await expect(home.supervisors()).toContainText('钱秋实')
  await expect(home.supervisors()).toContainText('孙冬青')
  const head = await kiosk.call('system.checkpoint', {})

  // Someone edits the line that added 钱秋实: one byte, "order":7 → "order":8.
  const path = join(kiosk.host.dataDir, 'journal.jsonl')
  const lines = (await readFile(path, 'utf8')).split('\n')
  const bad = lines.findIndex((l) => l.includes(first.id)) + 1
  expect(bad).toBe(head.seq - 1)
  lines[bad - 1] = lines[bad - 1]!.replace('"order":7', '"order":8')
  await writeFile(path, lines.join('\n'))
  const tampered = await readFile(path)
  await kiosk.host.restart!()

  await kiosk.page.reload()
  await kiosk.open('/')
  const good = bad - 1
  await expect(home.haltBanner()).toHaveText(
    `⚠ 记录核验未通过，已停在第 ${good} 条，请联系村务监督委员会`,
  )
  await expect(home.checkpoint()).toHaveAttribute('data-seq', String(good))
  // As of the last good line: neither the tampered save nor the good one after it, nothing empty.
  await expect(home.supervisors()).not.toContainText('钱秋实')
  await expect(home.supervisors()).not.toContainText('孙冬青')
  await expect(home.supervisors().locator('li')).not.toHaveCount(0)
  await expect(home.villageName()).not.toHaveText('')
  await kiosk.page.screenshot({ path: 'artifacts/screens/tamper-home.png' })

  await home.openSection('finance')
  await expect(home.haltBanner()).toBeVisible()

  // The 公开表 printed now says so too: paper posted from a stopped kiosk is no clean bill.
  const print = new PrintSheetPage(kiosk.page)
  await kiosk.open(sheetPrintRoute('2026-09', 'A4'))
  await print.ready()
  await expect(print.haltBanner()).toHaveText(
    `⚠ 记录核验未通过，已停在第 ${good} 条，请联系村务监督委员会`,
  )
  await expect(print.checkpoint()).toContainText(`#${good} `)
  await kiosk.page.screenshot({ path: 'artifacts/screens/tamper-print.png' })

  const login = new LoginPage(kiosk.page)
  const panel = new AdminPage(kiosk.page)
  await kiosk.open('/')
  await login.open()
  await login.loginAs('supervisor', '222222')
  await panel.nav('verify').click()
  await expect(panel.verdict()).toContainText('发现问题')
  await expect(panel.verifyFirstBad()).toContainText(`日志第 ${bad} 行`)
  await expect(panel.verifyFirstBad()).toContainText('内容与它的校验值不符（记录被改动）')
  await expect(panel.verifyHalted()).toContainText(`屏幕上的记录停在第 ${good} 条`)
  await expect(panel.verifyHalted()).toContainText(`journal.jsonl.bad-line${bad}-`)
  await kiosk.page.screenshot({ path: 'artifacts/screens/tamper-verify.png' })

  const refused = await kiosk.raw('auth.changePassword', {
    current: '222222',
    next: '246810',
  })
  expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
  expect(refused.ok ? '' : refused.error.message).toContain('记录核验未通过')

  expect(await readFile(path)).toEqual(tampered)
  const copies = (await readdir(kiosk.host.dataDir)).filter((n) => n.includes('.bad-line'))
  expect(copies).toHaveLength(1)
  expect(await readFile(join(kiosk.host.dataDir, copies[0]!))).toEqual(tampered)
})

test('a data file edited outside the program, checksum and all: every screen says so, 核验 names the record', async ({
  kiosk,
}) => {
  test.skip(!kiosk.host.restart, 'needs the bridge to reopen the data folder')
  const home = new HomePage(kiosk.page)
  const login = new LoginPage(kiosk.page)
  const panel = new AdminPage(kiosk.page)
  await kiosk.open('/')
  const roster = await kiosk.call('auth.roster', {})
  const admin = roster.find((r) => r.role === 'admin')!
  await kiosk.call('auth.login', { name: admin.name, password: '333333' })
  expect(await kiosk.call('audit.verify', {})).toMatchObject({ ok: true })
  const member = await kiosk.call('members.save', {
    name: '钱秋实',
    body: 'supervision',
    title: '监委委员',
  })
  await kiosk.call('auth.logout', {})
  await kiosk.host.restart!() // closing writes every document

  // Someone edits village.json (where the 村干部 are kept) by hand and makes its checksum match:
  // the journal is untouched.
  const path = join(kiosk.host.dataDir, 'village.json')
  const doc = JSON.parse(await readFile(path, 'utf8')) as DocData
  doc.data.members![member.id] = { ...member, name: '钱秋石' }
  await writeFile(path, serializeDoc({ seq: doc.seq, data: doc.data }))
  await kiosk.host.restart!()
  await kiosk.page.reload()
  await kiosk.open('/')
  await expect(home.supervisors()).toContainText('钱秋石')
  // Nobody ran 核验: core's own check finds the edit and every screen says so.
  await expect(home.differBanner()).toContainText('数据文件被改动过')
  await expect(home.haltBanner()).toHaveCount(0)
  await kiosk.page.screenshot({ path: 'artifacts/screens/tamper-records-banner.png' })
  const print = new PrintSheetPage(kiosk.page)
  await kiosk.open(sheetPrintRoute('2026-09', 'A4'))
  await print.ready()
  await expect(print.differBanner()).toContainText('数据文件被改动过')
  await kiosk.open('/')

  await login.open()
  await login.loginAs('supervisor', '222222')
  await panel.nav('verify').click()
  await expect(panel.verdict()).toContainText('发现问题')
  await expect(panel.verifyRecords()).toHaveCount(0)
  await expect(panel.verifyRecordsBad()).toContainText(
    `数据文件里的村干部（编号 ${member.id}）与变更日志记载的不一致`,
  )
  await kiosk.page.screenshot({ path: 'artifacts/screens/tamper-records-verify.png' })
})
