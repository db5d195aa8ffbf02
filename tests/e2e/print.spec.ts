/**
 * The 公开表 as the village posts it: printed from the print view with exactly the options
 * Electron's printToPDF uses (contract/print.ts), read back with pdftotext and checked for the
 * totals, the 大写 amounts, the checkpoint, page numbers and the header repeated on page 2;
 * page 1 is rendered to PNG (artifacts/print/) to be looked at. Bridge only: page.pdf needs
 * headless Chromium, and the Electron host prints through its own printToPDF.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { formatYuan, periodLabel, toDaxie } from '../../contract'
import { playwrightPdfOptions, sheetPrintLayout, sheetPrintRoute } from '../../contract/print'
import { expect, test } from './fixtures'
import { PrintSheetPage } from './pages/print-sheet'
import { seedOctober, voidLine } from './support/ledger-admin'

const PERIOD = '2026-09'
const OUT = 'artifacts/print'
const plain = (fen: number) => formatYuan(fen).replace('¥', '')

for (const paper of ['A4', 'A3'] as const) {
  test(`the ${paper} 公开表 PDF carries the totals, 大写, checkpoint and page numbers`, async ({
    kiosk,
  }) => {
    test.skip(kiosk.host.name !== 'bridge', 'page.pdf needs headless Chromium')
    await kiosk.open(sheetPrintRoute(PERIOD, paper))
    await new PrintSheetPage(kiosk.page).ready()
    const sheet = await kiosk.call('ledger.sheet', { period: PERIOD, all: true })
    const village = await kiosk.call('village.get', {})
    const head = await kiosk.call('system.checkpoint', {})

    const title = `${village.name} ${periodLabel(PERIOD)}财务公开表`
    await kiosk.page.emulateMedia({ media: 'print' })
    const pdf = await kiosk.page.pdf(playwrightPdfOptions(sheetPrintLayout(paper, title)))
    await mkdir(OUT, { recursive: true })
    const file = `${OUT}/sheet-${PERIOD}-${paper}.pdf`
    await writeFile(file, pdf)

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    const flat = squeeze(text)
    expect(flat).toContain(squeeze(`${village.name}财务公开表`))
    for (const fen of [sheet.incomeFen, sheet.expenseFen, sheet.balanceFen]) {
      expect(flat).toContain(squeeze(plain(fen)))
      expect(flat).toContain(squeeze(`大写：${toDaxie(fen)}`))
    }
    expect(flat).toContain(squeeze(`核验码 #${head.seq} · ${head.hash}`))
    expect(flat).toContain(squeeze(`监委审核签字：${sheet.signedBy}`))
    for (const e of sheet.entries) expect(flat).toContain(squeeze(e.voucherNo))
    const pages = text.split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(1)
    expect(squeeze(pages[0]!)).toContain(squeeze(`第 1 页，共 ${pages.length} 页`))
    // Page 2 repeats the running title and the entries' column heads.
    expect(squeeze(pages[1]!)).toContain(squeeze(title))
    expect(squeeze(pages[1]!)).toContain(squeeze('序号日期凭证号摘要'))

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
    expect(rows.length).toBeGreaterThan(0)
    // Every font the page uses is embedded, so any PC prints the same glyphs.
    for (const r of rows) expect(r).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      file,
      `${OUT}/sheet-${PERIOD}-${paper}`,
    ])
  })
}

test('an unpublished period is not printed: the page says why', async ({ kiosk }) => {
  await kiosk.open(sheetPrintRoute('2026-11', 'A4'))
  await expect(kiosk.page.locator('[data-print-ready=error]')).toContainText(
    '这一期的公开表还没有经监委签字公开，不能打印。',
  )
})

test('a corrected line prints its reason and what it said before, as the screen shows', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'page.pdf needs headless Chromium')
  await seedOctober(kiosk, 'corrected')
  await kiosk.open(sheetPrintRoute('2026-10', 'A4'))
  await new PrintSheetPage(kiosk.page).ready()
  const earlier = kiosk.page.getByTestId('print-earlier')
  await expect(earlier).toHaveCount(1)
  await expect(earlier).toHaveText('原为：金额 18,600.00元')
  await kiosk.page.emulateMedia({ media: 'print' })
  const pdf = await kiosk.page.pdf(playwrightPdfOptions(sheetPrintLayout('A4', '更正')))
  await mkdir(OUT, { recursive: true })
  const file = `${OUT}/sheet-2026-10-corrected.pdf`
  await writeFile(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, '')
  // -layout puts the 类别 column beside the wrapped reason: its first words, then the 原为 line.
  expect(flat).toContain('已更正：报酬按镇里新')
  expect(flat).toContain('原为：金额18,600.00元')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    file,
    `${OUT}/sheet-2026-10-corrected`,
  ])
})

test('a line corrected to 0元 prints 作废 where its amount stood, not an empty cell', async ({
  kiosk,
}) => {
  test.skip(kiosk.host.name !== 'bridge', 'page.pdf needs headless Chromium')
  const { ids } = await seedOctober(kiosk, 'published')
  await voidLine(kiosk, ids, 2, '与记-2026-10-001之后补录的是同一张发票，重复录入')
  await kiosk.open(sheetPrintRoute('2026-10', 'A4'))
  await new PrintSheetPage(kiosk.page).ready()
  const row = kiosk.page.getByTestId('print-entries').locator('tbody tr').nth(1)
  // 收入 empty, 支出 says 作废; the note says what it was.
  await expect(row.locator('td').nth(5)).toHaveText('')
  await expect(row.locator('td').nth(6)).toHaveText('作废')
  await expect(row.getByTestId('print-earlier')).toHaveText('原为：金额 1,234.50元')
  await kiosk.page.emulateMedia({ media: 'print' })
  const pdf = await kiosk.page.pdf(playwrightPdfOptions(sheetPrintLayout('A4', '作废')))
  await mkdir(OUT, { recursive: true })
  const file = `${OUT}/sheet-2026-10-voided.pdf`
  await writeFile(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const line = text.split('\n').find((l) => l.includes('记-2026-10-002')) ?? ''
  expect(line).toContain('作废')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    file,
    `${OUT}/sheet-2026-10-voided`,
  ])
})
