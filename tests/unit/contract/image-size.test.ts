import { describe, expect, it } from 'vitest'
import { IMAGE_MAX_PIXELS, largestPixels, pdfLargestImage, tooManyPixels } from '../../../contract'
import { receiptPng, signaturePdf } from '../../../electron/core/demo/pictures'
import { imageBombPdf } from '../../e2e/support/bomb-pdf'
import { jpeg, riff } from '../electron/core/services/attachments/samples'

/** A PNG header (signature and IHDR) saying `width` × `height`; no pixels follow. */
function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b)
  b.writeUInt32BE(13, 8)
  b.write('IHDR', 12, 'latin1')
  b.writeUInt32BE(width, 16)
  b.writeUInt32BE(height, 20)
  return b
}

describe('pixels read from headers, never decoded', () => {
  it('reads PNG, JPEG and WebP sizes', () => {
    expect(largestPixels(pngHeader(20_000, 10_000))).toBe(200_000_000)
    expect(largestPixels(jpeg(4000, 3000))).toBe(12_000_000)
    const vp8x = riff('WEBP', 'VP8X')
    vp8x.writeUIntLE(16_383 - 1, 24, 3)
    vp8x.writeUIntLE(12_000 - 1, 27, 3)
    expect(largestPixels(vp8x)).toBe(16_383 * 12_000)
    expect(largestPixels(receiptPng(0))).toBeGreaterThan(0)
  })

  it('finds the largest image in a PDF, written in place or by reference', () => {
    expect(pdfLargestImage(imageBombPdf({ side: 30_000, headerOnly: true }))).toEqual({
      width: 30_000,
      height: 30_000,
    })
    const byRef = imageBombPdf({ side: 20_000, headerOnly: true, indirect: true })
    expect(byRef.toString('latin1')).toContain('/Width 6 0 R')
    expect(pdfLargestImage(byRef)).toEqual({ width: 20_000, height: 20_000 })
    // A PDF of text and lines only (the demo's signature sheet) has no image at all.
    expect(pdfLargestImage(signaturePdf('test'))).toBeNull()
  })

  it('draws the line at 1.5 亿 pixels: an A3 scan at 600 dpi passes, a 1200 dpi one does not', () => {
    expect(IMAGE_MAX_PIXELS).toBe(150_000_000)
    const a3At600 = imageBombPdf({ side: 8_400, headerOnly: true }) // ≈ 7,016 × 9,921
    expect(tooManyPixels(a3At600)).toBe(false)
    expect(tooManyPixels(imageBombPdf({ side: 12_300, headerOnly: true }))).toBe(true)
    expect(tooManyPixels(imageBombPdf({ side: 30_000, headerOnly: true, indirect: true }))).toBe(
      true,
    )
    expect(tooManyPixels(pngHeader(12_248, 12_248))).toBe(true)
    expect(tooManyPixels(pngHeader(4_000, 3_000))).toBe(false)
    // Anything whose size cannot be read is left to the other checks.
    expect(tooManyPixels(Buffer.from('MZ'))).toBe(false)
  })
})
