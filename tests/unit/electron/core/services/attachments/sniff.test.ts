import { describe, expect, it } from 'vitest'
import { sniff } from '../../../../../../electron/core/services/attachments/sniff'
import { exe, jpeg, pdf, png, riff } from './samples'

describe('sniff: type from magic bytes only', () => {
  it('knows each accepted type and reads the size of JPEG, PNG and WebP from the file', () => {
    expect(sniff(jpeg(40, 30))).toEqual({ ext: 'jpg', mime: 'image/jpeg', width: 40, height: 30 })
    expect(sniff(png())).toEqual({ ext: 'png', mime: 'image/png', width: 480, height: 360 })
    // VP8L with zero size bits says 1 × 1; a VP8X header 300 × 200 (stored as size − 1).
    expect(sniff(riff('WEBP'))).toEqual({ ext: 'webp', mime: 'image/webp', width: 1, height: 1 })
    const extended = riff('WEBP', 'VP8X')
    extended.writeUIntLE(299, 24, 3)
    extended.writeUIntLE(199, 27, 3)
    expect(sniff(extended)).toEqual({ ext: 'webp', mime: 'image/webp', width: 300, height: 200 })
    expect(sniff(pdf())).toEqual({ ext: 'pdf', mime: 'application/pdf' })
  })

  it('refuses lookalikes: a WAVE in RIFF, a WebP with an unknown chunk, near-miss signatures', () => {
    expect(sniff(riff('WAVE'))).toBeNull()
    expect(sniff(riff('WEBP', 'ABCD'))).toBeNull()
    expect(sniff(Buffer.from([0xff, 0xd8, 0x00, 0xe0, 1, 2, 3, 4]))).toBeNull()
    const badPng = png()
    badPng[1] = 0x51
    expect(sniff(badPng)).toBeNull()
    expect(sniff(Buffer.from('%PDX-1.4\n%%EOF', 'latin1'))).toBeNull()
  })

  it('refuses programs, text and a text file whatever its name says', () => {
    expect(sniff(exe())).toBeNull()
    expect(sniff(Buffer.from('这不是照片，是文字', 'utf8'))).toBeNull()
    expect(sniff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
  })

  it('refuses truncated headers and empty files', () => {
    expect(sniff(Buffer.alloc(0))).toBeNull()
    expect(sniff(Buffer.from([0xff, 0xd8]))).toBeNull()
    expect(sniff(png().subarray(0, 7))).toBeNull()
    expect(sniff(riff('WEBP').subarray(0, 12))).toBeNull()
    expect(sniff(Buffer.from('%PDF-', 'latin1'))).toBeNull()
  })

  it('still knows a PNG cut after its signature, without inventing a size', () => {
    expect(sniff(png().subarray(0, 12))).toEqual({ ext: 'png', mime: 'image/png' })
  })
})
