/**
 * The demo's PDFs, written by hand so they are small and valid: A4 pages with a Chinese heading
 * (a font every PDF reader knows, not embedded, as office scanners write it), a ruled table with
 * a scribbled signature in each row and the page number. xref offsets are computed.
 */
import { pdfBytes } from './pdf-bytes'

/** UTF-16BE hex for a PDF string in a UniGB-UCS2-H font (BMP characters only). */
const ucs2 = (text: string): string =>
  [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')

function pageContent(title: string, heading: string, k: number, pages: number): string {
  const rows: string[] = []
  for (let r = 0; r < 8; r += 1) {
    const y = 620 - r * 60
    rows.push(`72 ${y} 150 60 re 222 ${y} 150 60 re 372 ${y} 150 60 re S`)
    const x = 240 + ((r * 37 + k * 11) % 40)
    rows.push(
      `0.1 0.15 0.55 RG ${x} ${y + 20} m ${x + 30} ${y + 50} ${x + 60} ${y} ${x + 100} ${y + 30} c S 0.2 0.2 0.2 RG`,
    )
  }
  const head = heading ? `BT /F2 28 Tf 72 760 Td <${ucs2(heading)}> Tj ET ` : ''
  return (
    `${head}BT /F1 20 Tf 72 ${heading ? 725 : 760} Td (${title}) Tj ET ` +
    `0.2 0.2 0.2 RG 1.5 w ${rows.join(' ')} ` +
    `BT /F1 12 Tf 270 60 Td (Page ${k} / ${pages}) Tj ET`
  )
}

/** A PDF of `pages` A4 pages titled `title` (ASCII), with an optional Chinese `heading`. */
export function sheetPdf(title: string, pages = 1, heading = ''): Buffer {
  const fonts = ['F1 3 0 R', 'F2 4 0 R'].join(' /')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '', // the page tree, once the pages' numbers are known
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]
  const kids: string[] = []
  for (let k = 1; k <= pages; k += 1) {
    const text = pageContent(title, heading, k, pages)
    const page = objects.length + 1
    kids.push(`${page} 0 R`)
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /${fonts} >> >> >>`,
      `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  return pdfBytes(objects)
}
