/**
 * Data in and out through the screens: a clerk imports a CSV (a column the program cannot name,
 * a row with a bad amount, fixed by mapping the column and choosing the corrected file) and sees
 * the drafts in the ledger; the admin backs up to a folder, changes something, and restores the
 * backup, which is checked first; a damaged copy is refused naming the file; the township's CSV
 * is saved onto a USB stick with its BOM.
 */
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkpointLabel } from '../../contract/checkpoint'
import { expect, test, type Kiosk } from './fixtures'
import { DataBackupPage } from './pages/data-backup'
import { DataExportPage } from './pages/data-export'
import { DataImportPage } from './pages/data-import'
import { DrivesPart, plugUsb, USB } from './pages/drives'
import { LoginPage } from './pages/login'

const PINS = { clerk: '111111', admin: '333333' } as const

async function login(kiosk: Kiosk, role: keyof typeof PINS): Promise<void> {
  await kiosk.open('/login')
  await new LoginPage(kiosk.page).loginAs(role, PINS[role])
  await kiosk.page.getByTestId('admin-shell').waitFor()
}

/** The clerk on the import screen, with November 2026's sheet open as a draft for the lines. */
async function openImport(kiosk: Kiosk): Promise<DataImportPage> {
  await login(kiosk, 'clerk')
  await kiosk.call('ledger.closePeriod', { period: '2026-11' })
  await kiosk.open('/admin/data/import')
  return new DataImportPage(kiosk.page)
}

const csv = (rows: string[][]) =>
  Buffer.from('\ufeff' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8')
const HEAD = ['日期', '凭证号', '摘要', '项目名称', '收入', '支出', '经手人']
const GOOD = [
  ['2026-11-03', '导-11-1', '收到鱼塘承包费', '发包及上交收入', '8000.00', '', '吴春燕'],
  ['2026-11-05', '导-11-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
  ['2026-11-12', '导-11-3', '三组路灯维修', '公益事业支出', '', '1234.5', '李国强'],
]
const XLS_NOVEMBER = join(import.meta.dirname, '../fixtures/import/november.xls')
const XLS_MARKED = join(import.meta.dirname, '../fixtures/import/marked.xls')
const BAD = GOOD.map((r, i) => (i === 2 ? [...r.slice(0, 5), '12三4.5', r[6]!] : r))

test.describe('ledger import', () => {
  test('a CSV through the screen: fix the columns, see the row error, fix the file, import drafts', async ({
    kiosk,
  }) => {
    await login(kiosk, 'clerk')
    await kiosk.call('ledger.closePeriod', { period: '2026-11' })
    await kiosk.open('/admin/data')
    await kiosk.page.getByTestId('data-tile-import').click()
    const imp = new DataImportPage(kiosk.page)
    await expect(imp.period()).toHaveValue('2026-11')

    await imp.choose('十一月.csv', csv([HEAD, ...BAD]))
    // 项目名称 is not a name the program knows for 科目: the clerk is told, then maps it.
    await expect(imp.problems()).toContainText('请指定“科目”在哪一列')
    await expect(imp.commit()).toBeDisabled()
    await imp.map('subject', 3)
    await imp.recheck()
    await expect(imp.problems()).toHaveCount(0)
    await expect(imp.row(4)).toContainText('金额“12三4.5”看不懂，请只写数字，如 1234.50')
    await expect(imp.counts()).toContainText('可以导入 2 笔')
    await expect(imp.counts()).toContainText('有问题 1 行')
    await expect(imp.blocked()).toContainText('还有 1 行有问题')
    await expect(imp.commit()).toBeDisabled()
    const seq = kiosk.host.core?.store.head().seq

    // The corrected file; the clerk's column choice is guessed again from the same header.
    await imp.choose('十一月-改.csv', csv([HEAD, ...GOOD]))
    await imp.map('subject', 3)
    await imp.recheck()
    await expect(imp.counts()).toContainText('可以导入 3 笔（收入 ¥8,000.00，支出 ¥1,591.00）')
    if (seq !== undefined) expect(kiosk.host.core?.store.head().seq).toBe(seq)
    await imp.commit().click()
    await expect(imp.done()).toContainText('已导入 3 笔账目，都是2026年11月的草稿。')

    await imp.toLedger().click()
    const entries = kiosk.page.getByTestId('admin-entries')
    for (const v of ['导-11-1', '导-11-2', '导-11-3']) await expect(entries).toContainText(v)
    const view = await kiosk.call('ledger.drafts', { period: '2026-11' })
    expect(view.entries.map((e) => [e.voucherNo, e.state, e.amountFen])).toEqual([
      ['导-11-1', 'draft', 800_000],
      ['导-11-2', 'draft', 35_650],
      ['导-11-3', 'draft', 123_450],
    ])
  })

  test('an old Excel (.xls) book from the township comes in without retyping', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    // Saved by LibreOffice as Excel 97–2003 (tests/fixtures/import/make-xls.ts), dates as 年月日.
    await imp.choose('十一月.xls', await readFile(XLS_NOVEMBER))
    await expect(imp.problems()).toHaveCount(0)
    await expect(imp.row(2)).toContainText('2026-11-03')
    await expect(imp.counts()).toContainText('可以导入 3 笔（收入 ¥8,000.00，支出 ¥1,591.00）')
    await imp.row(2).scrollIntoViewIfNeeded()
    await kiosk.page.screenshot({ path: 'artifacts/import-xls.png' })
    await imp.commit().click()
    await expect(imp.done()).toContainText('已导入 3 笔账目，都是2026年11月的草稿。')
    const view = await kiosk.call('ledger.drafts', { period: '2026-11' })
    expect(view.entries.map((e) => [e.voucherNo, e.date, e.amountFen])).toEqual([
      ['旧-11-1', '2026-11-03', 800_000],
      ['旧-11-2', '2026-11-05', 35_650],
      ['旧-11-3', '2026-11-12', 123_450],
    ])
  })

  test('a workbook with a sheet per month says the other months are not imported with this one', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('11月').addRows([HEAD, ...GOOD])
    wb.addWorksheet('12月').addRows([
      HEAD,
      ['2026-12-03', '导-12-1', '收到租金', '经营收入', '500', '', '吴春燕'],
    ])
    await imp.choose('四季度.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    await expect(imp.summary()).toContainText('工作表')
    await expect(kiosk.page.getByTestId('import-other-books')).toHaveText(
      '这个文件里的工作表“12月”也有账目，这次没有一起导入。导入这一个以后，请在“工作表”里选下一个，再检查、导入。',
    )
  })

  test('a money column hidden in the .xlsx is named on screen, and nothing can be imported', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('11月')
    ws.addRows([
      ['日期', '凭证号', '摘要', '科目', '收入', '收入', '支出', '经手人'],
      [
        '2026-11-03',
        '导-11-1',
        '收到鱼塘承包费',
        '发包及上交收入',
        '99999',
        '8000.00',
        '',
        '吴春燕',
      ],
    ])
    ws.getColumn(5).hidden = true
    await imp.choose('十一月.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    await expect(imp.problems()).toContainText(
      '第 5 列“收入”在表格里是隐藏的，打开表格看不到里面的数',
    )
    await expect(imp.commit()).toBeDisabled()
    await imp.problems().scrollIntoViewIfNeeded()
    await kiosk.page.screenshot({ path: 'artifacts/import-hidden-column.png' })
  })

  test('an .xls with a 红字冲销 and a hidden line: the clerk sees both, and nothing is imported', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    // Saved by LibreOffice (make-xls.ts): 记-2's 56.5 in red, 记-3's row hidden in Excel.
    await imp.choose('十一月.xls', await readFile(XLS_MARKED))
    await expect(imp.row(3)).toContainText('金额 56.5 在表格里是红字（冲销）')
    await expect(imp.blocked()).toContainText('还有 1 行有问题')
    await expect(imp.commit()).toBeDisabled()
    // The table opens on the rows with problems; all rows show the hidden one skipped.
    await expect(imp.row(4)).toHaveCount(0)
    await kiosk.page.getByTestId('import-only-problems').click()
    await expect(imp.row(4)).toContainText('在表格里是隐藏的行，没有导入')
    await expect(imp.row(5)).toContainText('收到鱼塘承包费')
    await imp.row(3).scrollIntoViewIfNeeded()
    await kiosk.page.screenshot({ path: 'artifacts/import-xls-marked.png' })
    const view = await kiosk.call('ledger.drafts', { period: '2026-11' })
    expect(view.entries).toEqual([])
  })

  test('a platform’s 导出Excel that is really a web page comes in as Excel shows it', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    const cells = (r: string[]) => `<tr>${r.map((c) => `<td>${c || '&nbsp;'}</td>`).join('')}</tr>`
    const page = `<html><head><meta charset="gb2312"><style>td{}</style></head><body>
      <h3>联盟村收支明细</h3><table>${[HEAD, ...GOOD].map(cells).join('\n')}</table></body></html>`
    await imp.choose('收支明细.xls', Buffer.from(iconv.encode(page, 'gbk')))
    await expect(imp.summary()).toContainText('网页格式的 Excel 文件，表头在第 2 行')
    await expect(imp.summary()).toContainText('编码 GB18030')
    await imp.summary().scrollIntoViewIfNeeded()
    await kiosk.page.screenshot({ path: 'artifacts/import-html.png' })
    await imp.map('subject', 3)
    await imp.recheck()
    await expect(imp.counts()).toContainText('可以导入 3 笔（收入 ¥8,000.00，支出 ¥1,591.00）')
  })

  test('a large book shows how far the check has got', async ({ kiosk }) => {
    const imp = await openImport(kiosk)
    const rows = [HEAD.map((h) => (h === '项目名称' ? '科目' : h))]
    for (let i = 1; i <= 19_000; i++) {
      rows.push([
        `2026-11-${String(1 + (i % 24)).padStart(2, '0')}`,
        `大-${i}`,
        '办公用品',
        '办公费',
        '',
        '1.00',
        '',
      ])
    }
    await imp.choose('全年流水.csv', csv(rows))
    // Core's own report of its step (opening the file, then checking row n of 19000).
    await expect(imp.progress()).toContainText(/（\d+\/\d+）/)
    await expect(imp.counts()).toContainText('可以导入 19000 笔')
    await expect(kiosk.page.getByTestId('import-omitted')).toContainText(
      '另有 18700 行检查没有问题',
    )
    await expect(imp.progress()).toHaveCount(0)
  })

  test('a file that is not a spreadsheet is refused in plain words, nothing changes', async ({
    kiosk,
  }) => {
    const imp = await openImport(kiosk)
    const seq = kiosk.host.core?.store.head().seq
    await imp.choose('照片.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a]), 'image/jpeg')
    await expect(imp.error()).toHaveText(
      '这是图片（JPG），不是表格。这不是表格文件，只能导入 Excel（.xlsx 或 .xls）或 CSV 文件',
    )
    await expect(imp.commit()).toHaveCount(0)
    if (seq !== undefined) expect(kiosk.host.core?.store.head().seq).toBe(seq)
  })
})

test.describe('backup and restore', () => {
  let usb = ''
  test.beforeEach(async ({ kiosk }) => {
    usb = await plugUsb(kiosk.page)
  })
  test.afterEach(async () => {
    await rm(usb, { recursive: true, force: true })
  })

  test('no box takes a typed folder: backups are found on the stick or among this machine’s own', async ({
    kiosk,
  }) => {
    await login(kiosk, 'admin')
    await kiosk.call('backup.newRecoveryCode', {})
    await kiosk.open('/admin/data')
    await kiosk.page.getByTestId('data-tile-backup').click()
    const page = new DataBackupPage(kiosk.page)
    await expect(page.auto()).toBeVisible()
    await expect(page.root().getByRole('textbox')).toHaveCount(0)
    // A folder typed past the screen (a changed renderer) is refused by core, nothing written.
    const typed = await mkdtemp(join(tmpdir(), 'kiosk-not-a-drive-'))
    try {
      const r = await kiosk.raw('backup.create', { targetDir: typed })
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await readdir(typed)).toEqual([])
    } finally {
      await rm(typed, { recursive: true, force: true })
    }
    await page.lookAuto()
    await expect(kiosk.page.getByTestId('restore-folder')).toHaveText(
      `在这个文件夹里找到的备份：${kiosk.host.dataDir}-backups`,
    )
    await page.backupToUsb()
    await expect(page.created()).toBeVisible()
    await page.lookInUsb()
    await expect(kiosk.page.getByTestId('restore-folder')).toHaveText(
      `在这个文件夹里找到的备份：${usb}`,
    )
    await expect(page.list()).toContainText('.cwbak')
  })

  test('a backup made while the clock ran ahead restores only once the admin says the clock is right', async ({
    kiosk,
  }) => {
    test.skip(!kiosk.host.setNow, 'needs the bridge to move core’s clock')
    const core = kiosk.host.core!
    kiosk.host.setNow!('2027-06-01T02:00:00.000Z')
    await login(kiosk, 'admin')
    await kiosk.call('backup.newRecoveryCode', {})
    await kiosk.call('backup.create', { targetDir: usb })
    const archive = (await readdir(usb)).find((n) => n.endsWith('.cwbak'))!
    // The clock put right: the admin confirms it, then looks for the backup.
    kiosk.host.setNow!('2026-11-26T01:30:00.000Z')
    await login(kiosk, 'admin')
    await kiosk.call('system.clockConfirm', {})
    await kiosk.open('/admin/data')
    await kiosk.page.getByTestId('data-tile-backup').click()
    const page = new DataBackupPage(kiosk.page)
    await page.lookInUsb()
    await page.pick(archive)
    await expect(page.chosen()).toContainText('备份完好')
    const before = core.store.head()
    await page.restoreConfirmed()
    const ask = kiosk.page.getByTestId('restore-clock')
    await expect(ask).toContainText(
      '这份备份里最后一次保存的时间（2027年6月1日 10:00）比电脑现在的时间（2026年11月26日 09:30）还晚',
    )
    expect(core.store.head()).toEqual(before)
    await kiosk.page.screenshot({ path: test.info().outputPath('restore-clock.png') })
    await kiosk.page.getByTestId('restore-clock-right').click()
    await expect(page.restored()).toContainText('数据已回到核验码')
    expect(core.store.all('restores')).toHaveLength(1)

    // 核验 says both: the restore, and that the admin said the clock was right for it; the
    // confirmation made before the restore is kept too (the backup did not hold it).
    await new LoginPage(kiosk.page).loginAs('supervisor', '222222')
    await kiosk.page.getByTestId('admin-shell').waitFor()
    await kiosk.open('/admin/verify')
    const fixes = kiosk.page.getByTestId('verify-clock-fix')
    await expect(fixes).toHaveCount(2)
    await expect(fixes.first()).toHaveText(
      new RegExp(
        `^2026年11月26日 09:30，管理员 张德明 确认电脑时间是对的，恢复了备份“${archive.replace('.', '\\.')}”；` +
          '备份里最后一次保存记的时间是 2027年6月1日 10:00，比恢复时晚（做备份时电脑时间调快了）$',
      ),
    )
    await expect(fixes.nth(1)).toHaveText(
      '2026年11月26日 09:30，管理员 张德明 确认电脑时间是对的；此前最后一次保存记的时间是 2027年6月1日 10:00（当时电脑时间调快了）',
    )
  })

  test('back up to a folder, change something, restore it after a full check', async ({
    kiosk,
  }) => {
    test.skip(!kiosk.host.core, 'reads the core in the test process (bridge host)')
    const core = kiosk.host.core!
    await login(kiosk, 'admin')
    await kiosk.open('/admin/data')
    await kiosk.page.getByTestId('data-tile-backup').click()
    const page = new DataBackupPage(kiosk.page)
    await expect(page.auto()).toContainText(`${kiosk.host.dataDir}-backups`)
    // A backup to a stick is encrypted: the recovery code comes first, shown once.
    await page.backupToUsb()
    await expect(page.error()).toContainText('还没有恢复码')
    expect(await page.makeRecoveryCode()).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/)
    // Making the code is journaled (who, when), so the backup's head comes after it.
    const before = core.store.head()
    await page.backupToUsb()
    await expect(page.created()).toContainText(`核验码 ${checkpointLabel(before)}`)
    const archive = (await readdir(usb)).find((n) => n.endsWith('.cwbak'))
    expect(archive).toMatch(/^cunwu-backup-\d{8}-\d{6}-s\d+\.cwbak$/)

    await kiosk.call('ledger.closePeriod', { period: '2026-11' })
    const changed = core.store.head()
    expect(changed.seq).toBe(before.seq + 1)

    // A damaged copy beside it is refused: one flipped byte breaks the seal.
    const bytes = await readFile(join(usb, archive!))
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x01, bytes.length - 100)
    await writeFile(join(usb, 'cunwu-backup-20260101-000000-s1.cwbak'), bytes)
    await page.lookInUsb()
    await page.pick('cunwu-backup-20260101-000000-s1.cwbak')
    await expect(page.bad()).toContainText('备份文件的内容被改动或已损坏')
    expect(core.store.head().seq).toBe(before.seq + 1)

    await page.pick(archive!)
    await expect(page.chosen()).toContainText(`备份完好`)
    await page.restoreConfirmed()
    // Core ended every session: the login screen says what happened, with no PIN dialog over it
    // (the stores' refresh after the restore must not read as a session that ran out).
    await expect(page.restored()).toContainText(`数据已回到核验码 #${before.seq}`)
    await expect(kiosk.page.getByTestId('login')).toBeVisible()
    await kiosk.page.screenshot({ path: 'artifacts/restore-login.png' })
    // The restore is the next journal entry after the restored head.
    expect(core.store.head().seq).toBe(before.seq + 1)
    expect(core.store.all('restores')).toHaveLength(1)
    expect(core.store.get('sheets', '2026-11')).toBeUndefined()
    expect((await core.store.verify()).ok).toBe(true)
    await expect(kiosk.page.getByTestId('relog')).toHaveCount(0)
    // One change after the backup: the restore lands on the same seq with another hash. The
    // 核验码 every screen shows (and villagers write down) must be the restored one.
    const restored = core.store.head()
    expect([restored.seq, restored.hash === changed.hash]).toEqual([changed.seq, false])
    await expect(kiosk.page.getByTestId('checkpoint')).toHaveAttribute('data-hash', restored.hash)

    // The restore is on the record: on 核验 (for the 监委 too) and on the backup screen.
    await new LoginPage(kiosk.page).loginAs('supervisor', '222222')
    await kiosk.page.getByTestId('admin-shell').waitFor()
    await kiosk.open('/admin/verify')
    const line = new RegExp(
      `张德明用“${archive!.replace('.', '\\.')}”恢复，核验码从 #${before.seq + 1} · [0-9a-f]{4}( [0-9a-f]{4}){3} 变为 ${checkpointLabel(before)}`,
    )
    await expect(kiosk.page.getByTestId('verify-restore')).toHaveText(line)
    // Beside it, who made the backup recovery code and when (never the code itself).
    await expect(kiosk.page.getByTestId('verify-recovery-code')).toHaveText(
      /张德明生成了新的备份恢复码（恢复码本身不记录）。$/,
    )
    await kiosk.page.getByTestId('verify-recovery-codes').scrollIntoViewIfNeeded()
    await kiosk.page.screenshot({ path: 'artifacts/verify-recovery-codes.png' })
  })
})

test.describe('restore records from before the 16-digit 核验码', () => {
  test('a restore journaled with 8-digit codes shows them as the older, shorter code', async ({
    kiosk,
  }) => {
    test.skip(!kiosk.host.core, 'writes the old record through the core (bridge host)')
    const core = kiosk.host.core!
    // As an earlier version journaled it: both heads carried 8 hex digits, never more.
    const archive = 'cunwu-backup-20261203-101500-s40.cwbak'
    await core.store.commit({
      actor: null,
      action: 'backup.restore',
      entity: 'restores',
      id: 'older-restore',
      puts: [
        {
          coll: 'restores',
          id: 'older-restore',
          value: {
            at: '2026-12-03T02:20:00.000Z',
            actor: '张德明',
            archive,
            oldHead: { seq: 42, hash: '3fa9c2d1' },
            newHead: { seq: 40, hash: '0b7e55aa' },
          },
        },
      ],
    })
    const codes =
      '核验码从 #42 · 3fa9 c2d1（旧版 8 位核验码） 变为 #40 · 0b7e 55aa（旧版 8 位核验码）。'
    await login(kiosk, 'admin')
    await kiosk.open('/admin/verify')
    await expect(kiosk.page.getByTestId('verify-restore')).toHaveText(
      `2026年12月3日 10:20，张德明用“${archive}”恢复，${codes}`,
    )
    await kiosk.open('/admin/data')
    await kiosk.page.getByTestId('data-tile-backup').click()
    await expect(new DataBackupPage(kiosk.page).lastRestore()).toHaveText(
      `上次恢复：2026年12月3日 10:20，张德明用“${archive}”恢复，${codes}`,
    )
  })
})

test.describe('export', () => {
  test('the township CSV is saved onto the USB stick with a BOM; PDF needs the desktop app here', async ({
    kiosk,
  }) => {
    const usb = await plugUsb(kiosk.page)
    await login(kiosk, 'clerk')
    await kiosk.open('/admin/data/export')
    const page = new DataExportPage(kiosk.page)
    await page.scope().selectOption('2026-09')
    await page.csv().click()
    // 保存到U盘: the app's own folder browser, no download and no OS Save dialog.
    const drives = new DrivesPart(kiosk.page)
    await drives.walk(USB)
    await drives.here()
    await expect(page.notice()).toContainText(usb)
    const [name] = await readdir(usb)
    expect(name).toMatch(/-2026年9月-账目\.csv$/)
    const bytes = await readFile(join(usb, name!))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n')
    // The 核验码 line the .xlsx has above its table, an empty row, then the table.
    const checkpoint = await kiosk.call('system.checkpoint', {})
    expect(lines[0]).toMatch(
      new RegExp(`^导出时间 \\d{4}-\\d{2}-\\d{2}，核验码 ${checkpointLabel(checkpoint)}$`),
    )
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe(
      '账期,日期,凭证号,摘要,类别,明细科目,收入（元）,支出（元）,往来单位或个人,经手人,公开日期,备注',
    )
    expect(lines).toHaveLength(2 + 33)
    await expect(page.notice()).toContainText('（32 笔）')
    // The same lines in the township software's own columns, to reconcile against its books.
    await page.township().click()
    await drives.walk(USB)
    await drives.here()
    await expect(page.notice()).toContainText('乡镇格式.xlsx')
    const back = (await readdir(usb)).find((n) => n.endsWith('.xlsx'))
    expect(back).toMatch(/-2026年9月-乡镇格式\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(usb, back!))
    // Word for word the line the CSV carries.
    expect(String(book.worksheets[0]!.getCell('A2').value)).toBe(lines[0])
    const head = book.worksheets[0]!.getRow(3).values as unknown[]
    expect(head.slice(1)).toEqual([
      '日期',
      '凭证号',
      '摘要',
      '会计科目',
      '借方金额',
      '贷方金额',
      '经手人',
      '备注',
    ])
    expect(book.worksheets[0]!.rowCount).toBe(3 + 32 + 1)
    if (kiosk.host.name === 'bridge') {
      await page.pdf('A4').click()
      await expect(page.error()).toHaveText('这里不能生成 PDF：请在村务公开桌面程序中导出公开表')
    }
  })
})
