/**
 * How many pixels a file's pictures hold, read from their headers without decoding them. A
 * photo or a scanned PDF of a few megabytes can decode to gigabytes (a 1200 dpi scan, or
 * zeros that compress a thousand to one): more than an old kiosk PC has, and a minute of its
 * CPU. Core refuses such a file at every door, and the picker says so before it draws a
 * thumbnail; pdf.js is given the same limit for files stored before this rule.
 */

/** The most pixels one picture may have: a 200-megapixel phone photo or an A3 scan at 900 dpi. */
export const IMAGE_MAX_PIXELS = 150_000_000
export const IMAGE_MAX_WORDS = '1.5 亿像素'

export interface PixelSize {
  width: number
  height: number
}

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to))

/** PNG's IHDR chunk holds the size right after the signature. */
export function pngSize(bytes: Uint8Array): Partial<PixelSize> {
  if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') return {}
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** A JPEG's size sits in its first start-of-frame marker (SOF0–SOF15, not DHT/JPG/DAC). */
export function jpegSize(bytes: Uint8Array): Partial<PixelSize> {
  let i = 2
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return {}
    const marker = bytes[i + 1] ?? 0
    if (marker === 0xff) {
      i += 1
      continue
    }
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)
    const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (sof) {
      const height = ((bytes[i + 5] ?? 0) << 8) | (bytes[i + 6] ?? 0)
      const width = ((bytes[i + 7] ?? 0) << 8) | (bytes[i + 8] ?? 0)
      return width && height ? { width, height } : {}
    }
    if (length < 2) return {}
    i += 2 + length
  }
  return {}
}

/** WebP's size: in the VP8X extended header, or the lossy (VP8) or lossless (VP8L) frame. */
export function webpSize(bytes: Uint8Array): Partial<PixelSize> {
  const at = (i: number) => bytes[i] ?? 0
  const chunk = ascii(bytes, 12, 16)
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return {
      width: 1 + (at(24) | (at(25) << 8) | (at(26) << 16)),
      height: 1 + (at(27) | (at(28) << 8) | (at(29) << 16)),
    }
  }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = at(21) | (at(22) << 8) | (at(23) << 16) | (at(24) << 24)
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) }
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: (at(26) | (at(27) << 8)) & 0x3fff, height: (at(28) | (at(29) << 8)) & 0x3fff }
  }
  return {}
}

/** A number in the PDF, written in place (`/Width 800`) or as a reference (`/Width 12 0 R`). */
function pdfNumber(text: string, dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)(?:\\s+(\\d+)\\s+R)?`).exec(dict)
  if (!m) return null
  if (m[2] === undefined) return Number(m[1])
  const target = new RegExp(`(?:^|\\s)${m[1]}\\s+${m[2]}\\s+obj\\s*(\\d+)\\s`).exec(text)
  return target ? Number(target[1]) : null
}

/**
 * The largest image XObject in a PDF, by the Width and Height in its dictionary. An image is a
 * stream, and the PDF format never puts a stream inside a compressed object stream, so these
 * dictionaries are always plain text in the file. (Inline images, inside compressed page
 * content, are not seen here; pdf.js's own limit covers them.)
 */
export function pdfLargestImage(bytes: Uint8Array): PixelSize | null {
  const text = new TextDecoder('latin1').decode(bytes)
  let largest: PixelSize | null = null
  for (const hit of text.matchAll(/\/Subtype\s*\/Image\b/g)) {
    // From the `N 0 obj` that opens the image's dictionary to the `stream` after it.
    const open = text.lastIndexOf('obj', hit.index)
    const start = open < 0 || hit.index - open > 4000 ? Math.max(0, hit.index - 2000) : open
    const stop = text.indexOf('stream', hit.index)
    const dict = text.slice(start, stop < 0 || stop - hit.index > 4000 ? hit.index + 2000 : stop)
    const width = pdfNumber(text, dict, 'Width')
    const height = pdfNumber(text, dict, 'Height')
    if (!width || !height) continue
    if (!largest || width * height > largest.width * largest.height) largest = { width, height }
  }
  return largest
}

/** The pixels of the file's largest picture, when its header tells; null when it cannot be read. */
export function largestPixels(bytes: Uint8Array): number | null {
  const head = ascii(bytes, 0, 5)
  let size: Partial<PixelSize> | null = null
  if (head === '%PDF-') size = pdfLargestImage(bytes)
  else if (bytes[0] === 0xff && bytes[1] === 0xd8) size = jpegSize(bytes)
  else if (bytes[0] === 0x89 && head.slice(1, 4) === 'PNG') size = pngSize(bytes)
  else if (head.slice(0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') size = webpSize(bytes)
  return size?.width && size.height ? size.width * size.height : null
}

/** True when a picture in the file is too big for the kiosk to draw. */
export const tooManyPixels = (bytes: Uint8Array): boolean =>
  (largestPixels(bytes) ?? 0) > IMAGE_MAX_PIXELS
