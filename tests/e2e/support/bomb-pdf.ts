/**
 * A small PDF whose one page holds a huge image: a few hundred kilobytes on the USB stick that
 * decode to gigabytes (its pixels are zeros, which compress about a thousand to one). A PDF
 * like this, from a careless scan setting or from someone who means harm, must not take the
 * kiosk down when a cadre picks it or a villager opens it.
 */
import { deflateSync } from 'node:zlib'

export interface BombOptions {
  /** Pixels per side (the image is square, 8-bit grey). */
  side?: number
  /** The size written as references (`/Width 6 0 R`) to objects after the image. */
  indirect?: boolean
  /** Only the dictionary tells the size; the pixels are left out (for checks that read no more). */
  headerOnly?: boolean
  /** The image drawn inline in the page's compressed content, where no dictionary shows it. */
  inline?: boolean
}

export function imageBombPdf(options: BombOptions = {}): Buffer {
  const { side = 30_000, indirect = false, headerOnly = false, inline = false } = options
  const pixels = headerOnly
    ? deflateSync(Buffer.alloc(side))
    : deflateSync(Buffer.alloc(side * side), { level: 9 })
  const size = indirect ? '/Width 6 0 R /Height 7 0 R' : `/Width ${side} /Height ${side}`
  if (inline) return inlineBomb(side, pixels)
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q'
  const parts: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image ${size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
        'latin1',
      ),
      pixels,
      Buffer.from('\nendstream', 'latin1'),
    ]),
    String(side),
    String(side),
  ]
  return assemble(parts)
}

/** The same picture as an inline image (BI … ID … EI) in a page content stream, compressed. */
function inlineBomb(side: number, pixels: Buffer): Buffer {
  const content = deflateSync(
    Buffer.concat([
      Buffer.from(
        `q 595 0 0 842 0 0 cm BI /W ${side} /H ${side} /CS /G /BPC 8 /F /Fl /L ${pixels.length} ID `,
        'latin1',
      ),
      pixels,
      Buffer.from('\nEI Q', 'latin1'),
    ]),
  )
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      content,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ])
}

/** Numbered objects, the cross-reference table and the trailer. */
function assemble(parts: Array<string | Buffer>): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')]
  let length = chunks[0]!.length
  const offsets: number[] = []
  parts.forEach((part, i) => {
    offsets.push(length)
    const body = typeof part === 'string' ? Buffer.from(part, 'latin1') : part
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ])
    chunks.push(chunk)
    length += chunk.length
  })
  let tail = `xref\n0 ${parts.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`
  tail += `trailer\n<< /Size ${parts.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
  chunks.push(Buffer.from(tail, 'latin1'))
  return Buffer.concat(chunks)
}
