/**
 * A file's type from its first bytes, never from its name: a renamed .exe or a text file
 * called photo.jpg is refused, whatever the picker or the name claims.
 */
import { jpegSize, pngSize, webpSize, type AttachmentExt } from '../../../../contract'

export interface Sniffed {
  ext: AttachmentExt
  mime: string
  width?: number
  height?: number
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false
  return magic.every((b, i) => bytes[at + i] === b)
}

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to))

/** The type of a file by its magic bytes, or null for anything that is not JPEG, PNG, WebP or PDF. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, JPEG)) return { ext: 'jpg', mime: 'image/jpeg', ...jpegSize(bytes) }
  if (startsWith(bytes, PNG)) return { ext: 'png', mime: 'image/png', ...pngSize(bytes) }
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    // Its size from the file's own header, as for JPEG and PNG, never from the screen's claim.
    return ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 16))
      ? { ext: 'webp', mime: 'image/webp', ...webpSize(bytes) }
      : null
  }
  if (startsWith(bytes, PDF) && bytes.length >= 8) return { ext: 'pdf', mime: 'application/pdf' }
  return null
}
