import type { Locator, Page } from '@playwright/test'
import { receiptPng, signaturePdf } from '../../../electron/core/demo/pictures'
import { row, textPdf } from '../support/text-pdf'
import { DrivesPart, putOnUsb } from './drives'

/** The attachment picker on a cadre form (`stem` is its testid, e.g. entry-attachments). */
export class PickerPart {
  constructor(
    private readonly page: Page,
    private readonly stem: string,
  ) {}
  root = () => this.page.getByTestId(this.stem)
  items = () => this.page.getByTestId(`${this.stem}-item`)
  error = () => this.page.getByTestId(`${this.stem}-error`)
  remove = (n: number) => this.page.getByTestId(`${this.stem}-remove`).nth(n).click()
  /** Puts the files on the stand-in USB stick and picks them in the app's own browser. */
  async pick(files: FileToPick | FileToPick[]): Promise<void> {
    const list = Array.isArray(files) ? files : [files]
    const folder = await putOnUsb(this.page, list)
    await this.page.getByTestId(`${this.stem}-pick`).click()
    await new DrivesPart(this.page).pick(
      folder,
      list.map((f) => f.name),
      true,
    )
  }
}

/** The full-screen viewer, on a photo or on a PDF's pages. */
export class ViewerPart {
  constructor(private readonly page: Page) {}
  root = () => this.page.getByTestId('viewer')
  image = () => this.page.getByTestId('viewer-image')
  pdf = () => this.page.getByTestId('viewer-pdf')
  /** The drawn PDF page, the 第 N 页 / 共 M 页 counter, and the sentence for a broken file. */
  canvas = () => this.page.getByTestId('viewer-canvas')
  pageCount = () => this.page.getByTestId('viewer-page')
  broken = () => this.page.getByTestId('viewer-pdf-broken')
  /** What a public screen says instead of a stored PDF that holds a personal number. */
  withheld = () => this.page.getByTestId('viewer-pdf-withheld')
  nextPage = () => this.page.getByTestId('viewer-next-page').click()
  prevPage = () => this.page.getByTestId('viewer-prev-page').click()
  scale = () => this.page.getByTestId('viewer-scale')
  title = () => this.page.getByTestId('viewer-title')
  zoomIn = () => this.page.getByTestId('viewer-zoom-in').click()
  zoomOut = () => this.page.getByTestId('viewer-zoom-out').click()
  reset = () => this.page.getByTestId('viewer-reset').click()
  next = () => this.page.getByTestId('viewer-next').click()
  prev = () => this.page.getByTestId('viewer-prev').click()
  close = () => this.page.getByTestId('viewer-close').click()
}

export interface FileToPick {
  name: string
  mimeType: string
  buffer: Buffer
}

/** Files a clerk might pick from a USB stick: real ones and ones that only look right by name. */
export const FILES = {
  photo: (): FileToPick => ({ name: '收据.png', mimeType: 'image/png', buffer: receiptPng(4) }),
  pdf: (): FileToPick => ({
    name: '发票.pdf',
    mimeType: 'application/pdf',
    buffer: signaturePdf('Invoice'),
  }),
  /** A 低保名单 exported from a spreadsheet: amounts in a table, an ID number on page 2. */
  rosterPdf: (): FileToPick => ({
    name: '低保名单.pdf',
    mimeType: 'application/pdf',
    buffer: textPdf(
      [
        ...row(680, ['Name', 'Group', 'Amount', 'Months']),
        ...row(660, ['Zhang*ming', '3', '1200', '12']),
        ...row(680, ['Name', 'Group', 'ID', 'Amount'], 2, 60, 120),
        ...row(660, ['Wang*fang', '2', '41010219800101123X', '800'], 2, 60, 120),
      ],
      2,
    ),
  }),
  /** A PDF's magic bytes and then garbage: pdf.js cannot open it (core refuses it). */
  brokenPdf: (): FileToPick => ({
    name: '坏文件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251)),
    ]),
  }),
  textAsJpg: (): FileToPick => ({
    name: '照片.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('这是一段文字，不是照片'),
  }),
  exe: (): FileToPick => ({
    name: 'setup.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
  }),
}

/** True once the <img> really decoded a file served from the data folder. */
export const loaded = (img: Locator) =>
  img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)

/**
 * What a canvas shows: how many pixels are not near-white, and a fingerprint of where they are
 * (so two different pages of a PDF tell apart).
 */
export const inkOf = (canvas: Locator) =>
  canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement
    const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let ink = 0
    let print = 0
    for (let i = 0; i < px.length; i += 4) {
      if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) {
        ink += 1
        print = (print * 31 + i) | 0
      }
    }
    return { ink, print, width: c.width, height: c.height }
  })
