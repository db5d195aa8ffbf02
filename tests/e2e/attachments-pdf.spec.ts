/**
 * PDFs on the kiosk: a published line's scanned PDF opens in the viewer page by page, drawn on
 * screen, zoomable like a photo; a file that only looks like a PDF says so in Chinese; picking a
 * PDF gives it a thumbnail of its first page, stored beside it in the data folder.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { FILES, inkOf, loaded, ViewerPart } from './pages/attachments'
import type { Kiosk } from './fixtures'
import { publishWithFile, publishWithStoredFile } from './support/publish-file'

/** The demo's published line whose voucher includes a two-page PDF. */
async function entryWithPdf(kiosk: Kiosk): Promise<string> {
  for (const p of await kiosk.call('ledger.periods', {})) {
    const sheet = await kiosk.call('ledger.sheet', { period: p.key })
    const e = sheet.entries.find((x) => x.attachments.some((n) => n.endsWith('.pdf')))
    if (e) return e.id
  }
  throw new Error('demo: no published entry with a PDF')
}

test('a published PDF opens page by page, drawn on screen, and zooms like a photo', async ({
  kiosk,
}) => {
  const { page } = kiosk
  await kiosk.open('/')
  await kiosk.open(`/finance/entry/${await entryWithPdf(kiosk)}`)
  await page.locator('[data-testid=entry-photos-open]:has([data-kind=pdf])').click()
  const viewer = new ViewerPart(page)
  await expect(viewer.pdf()).toHaveAttribute('data-state', 'shown')
  await expect(viewer.pageCount()).toHaveText('第 1 页 / 共 2 页')
  await expect(page.getByTestId('viewer-prev-page')).toBeDisabled()
  const first = await inkOf(viewer.canvas())
  // The page is drawn at the viewer's width, and it is not blank: text, rules, signatures.
  const stage = (await page.getByTestId('viewer-stage').boundingBox())!
  expect(first.width).toBeGreaterThanOrEqual(Math.floor(stage.width) - 1)
  expect(first.ink).toBeGreaterThan(first.width * 10)

  await viewer.nextPage()
  await expect(viewer.pageCount()).toHaveText('第 2 页 / 共 2 页')
  await expect(page.getByTestId('viewer-next-page')).toBeDisabled()
  await expect.poll(async () => (await inkOf(viewer.canvas())).print).not.toBe(first.print)
  expect((await inkOf(viewer.canvas())).ink).toBeGreaterThan(first.width * 10)

  await viewer.zoomIn()
  await expect(viewer.scale()).toHaveText('150%')
  await expect(viewer.canvas()).toHaveAttribute('style', /scale\(1\.5\)/)
  // Turning the page starts the new one unzoomed.
  await viewer.prevPage()
  await expect(viewer.pageCount()).toHaveText('第 1 页 / 共 2 页')
  await expect(viewer.scale()).toHaveText('100%')
  await expect.poll(async () => (await inkOf(viewer.canvas())).print).toBe(first.print)
  await viewer.close()
  await expect(viewer.root()).toHaveCount(0)
})

test('a stored file that only looks like a PDF says so in Chinese, and nothing breaks', async ({
  kiosk,
}) => {
  test.setTimeout(90_000)
  // Picking it is refused now (core cannot read its text); one stored before is still shown.
  test.skip(!kiosk.host.core, 'stores the file as an older version did (bridge host)')
  const { page } = kiosk
  const id = await publishWithStoredFile(kiosk, FILES.brokenPdf())
  await kiosk.open(`/finance/entry/${id}`)
  const tile = page.getByTestId('entry-photos-open')
  await expect(tile.locator('[data-kind=pdf]')).toContainText('PDF')
  await tile.click()
  const viewer = new ViewerPart(page)
  await expect(viewer.broken()).toContainText('这个 PDF 文件打不开')
  await expect(viewer.broken()).toContainText('纸质原件存放在村委会')
  await expect(viewer.pdf()).toHaveAttribute('data-state', 'broken')
  await expect(viewer.canvas()).toBeHidden()
  await expect(page.getByTestId('viewer-zoom-in')).toHaveCount(0)
  await expect(page.getByTestId('viewer-next-page')).toHaveCount(0)
  await viewer.close()
  await expect(viewer.root()).toHaveCount(0)
})

test('picking a PDF stores a thumbnail of its first page; the kiosk shows it', async ({
  kiosk,
}) => {
  test.setTimeout(90_000)
  const { page } = kiosk
  const id = await publishWithFile(kiosk, FILES.pdf())
  const [name] = (await kiosk.call('ledger.entry', { id })).attachments
  expect(name).toMatch(/^[a-f0-9]{64}\.pdf$/)
  const thumb = join(kiosk.host.dataDir, 'attachments', 'thumbs', `${name!.slice(0, 64)}.jpg`)
  expect(existsSync(thumb)).toBe(true)
  expect([...readFileSync(thumb).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]) // a JPEG
  const [info] = await kiosk.call('attachments.info', { names: [name!] })
  expect(info).toMatchObject({ kind: 'pdf', thumb: true })

  await kiosk.open(`/finance/entry/${id}`)
  const tile = page.getByTestId('entry-photos-open')
  await expect(tile.locator('[data-kind=pdf]')).toContainText('PDF')
  await expect.poll(() => loaded(tile.locator('img'))).toBeGreaterThan(0)
  await tile.click()
  await expect(new ViewerPart(page).pageCount()).toHaveText('第 1 页 / 共 1 页')
})

test('a stored PDF whose text holds an ID number is not shown on the public screen', async ({
  kiosk,
}) => {
  test.setTimeout(90_000)
  // Attached before core read a PDF's text (or brought back by a restore): picking it now is
  // refused, so it is stored as an older version did (bridge host).
  test.skip(!kiosk.host.core, 'stores the file as an older version did (bridge host)')
  const { page } = kiosk
  await kiosk.open('/')
  // Its first page drawn small, as the screen that picked it made (a real JPEG).
  const thumb = Buffer.from(
    await page.evaluate(() => {
      const c = document.createElement('canvas')
      ;[c.width, c.height] = [320, 452]
      const g = c.getContext('2d')!
      g.fillStyle = '#fff'
      g.fillRect(0, 0, 320, 452)
      g.fillStyle = '#000'
      g.fillText('41010219800101123X', 40, 60)
      return c.toDataURL('image/jpeg').split(',')[1]!
    }),
    'base64',
  )
  const id = await publishWithStoredFile(kiosk, FILES.rosterPdf(), { thumb })
  await kiosk.open(`/finance/entry/${id}`)
  // The tile shows no page of it either: a card with the PDF badge and the words.
  const tile = page.getByTestId('entry-photos-open')
  await expect(tile.locator('[data-kind=pdf]')).toContainText('暂不公开')
  await expect(tile.locator('img')).toHaveCount(0)
  await tile.click()
  const viewer = new ViewerPart(page)
  await expect(viewer.withheld()).toContainText(
    '这个文件里有像身份证号的内容，暂不公开。请告诉村干部处理',
  )
  await expect(viewer.pdf()).toHaveAttribute('data-state', 'withheld')
  await expect(viewer.canvas()).toBeHidden()
  await expect(page.getByTestId('viewer-zoom-in')).toHaveCount(0)
  await expect(page.getByTestId('viewer-next-page')).toHaveCount(0)
  await viewer.close()
  await expect(viewer.root()).toHaveCount(0)
})
