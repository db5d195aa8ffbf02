/** The demo village's pictures: a receipt, a work site and a signature sheet, drawn in code. */
import { encodePng, type Rgb } from './png'
import { sheetPdf } from './sheet-pdf'

const W = 480
const H = 360

/** A receipt (收据) on a table: paper, printed rows, a red round stamp. `n` varies it. */
export function receiptPng(n: number): Buffer {
  const cx = 340 - n * 20
  const cy = 250
  return encodePng(W, H, (x, y): Rgb => {
    const onPaper = x > 60 && x < 420 && y > 30 && y < 330
    if (!onPaper) return [120 + n * 10, 90, 60]
    const dx = x - cx
    const dy = y - cy
    const r = Math.sqrt(dx * dx + dy * dy)
    if (r > 38 && r < 46) return [200, 30, 30]
    if (y > 60 && y < 66 && x > 140 && x < 340) return [40, 40, 40]
    if ((y - 100) % 36 < 2 && y > 95 && y < 300 && x > 80 && x < 400) return [150, 150, 150]
    if ((y - 108) % 36 < 8 && y > 100 && y < 300 && x > 90 && x < 150 + ((y * 7 + n * 31) % 200))
      return [70, 70, 90]
    return [250, 248, 240]
  })
}

/** A work site: sky, fields and a road whose finished part grows with `n` (0, 1, 2). */
export function sitePng(n: number): Buffer {
  const done = 0.3 + n * 0.3
  return encodePng(W, H, (x, y): Rgb => {
    const horizon = 150
    if (y < horizon) return [150 - Math.floor(y / 3), 190 - Math.floor(y / 4), 235]
    const t = (y - horizon) / (H - horizon)
    const half = 10 + t * 150
    const onRoad = Math.abs(x - W / 2) < half
    if (!onRoad) return [70 + Math.floor(t * 40), 140 - Math.floor(t * 30), 60]
    const finished = t > 1 - done
    if (finished)
      return Math.abs(x - W / 2) < 2 + t * 3 && y % 24 < 12 ? [240, 240, 240] : [90, 90, 95]
    return [150, 120, 80]
  })
}

/** A signature sheet (签到表): a ruled table with a scribble in each row. */
export function signaturePng(): Buffer {
  return encodePng(W, H, (x, y): Rgb => {
    if (x < 30 || x > 450 || y < 20 || y > 340) return [220, 220, 215]
    if ((y - 50) % 30 < 2 || x === 150 || x === 151 || x === 330) return [60, 60, 60]
    const row = Math.floor((y - 50) / 30)
    const wave = 62 + row * 30 + Math.round(6 * Math.sin((x + row * 13) / 7))
    if (y > 50 && x > 170 && x < 300 && Math.abs(y - wave) < 2) return [20, 30, 120]
    return [255, 255, 255]
  })
}

/** A one-page PDF with `title` on a ruled sheet (see sheet-pdf.ts for more pages). */
export function signaturePdf(title: string): Buffer {
  return sheetPdf(title)
}
