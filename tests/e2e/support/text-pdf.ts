/**
 * Small typed PDFs for the attachment tests, as a spreadsheet exports them: each piece of text
 * drawn at its own place on an A4 page (a table cell), in Helvetica, with a real text layer.
 */
import { pdfBytes } from '../../../electron/core/demo/pdf-bytes'

/** One piece of text: its page (1-based), where its baseline starts, and its size. */
export interface Cell {
  page?: number
  x: number
  y: number
  text: string
  size?: number
}

/** The PDF string literal for ASCII text: backslashes and brackets escaped. */
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`

const content = (cells: readonly Cell[]) =>
  cells.map((c) => `BT /F1 ${c.size ?? 10} Tf ${c.x} ${c.y} Td ${literal(c.text)} Tj ET`).join('\n')

/** A PDF of `pages` A4 pages holding `cells` (no cells: pages with only ruled lines). */
export function textPdf(cells: readonly Cell[], pages = 1): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '']
  objects[2] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  const kids: string[] = []
  for (let k = 1; k <= pages; k += 1) {
    const onPage = cells.filter((c) => (c.page ?? 1) === k)
    const text = `0.5 w 50 700 495 -600 re S\n${content(onPage)}`
    const page = objects.length + 1
    kids.push(`${page} 0 R`)
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  return pdfBytes(objects)
}

/** A row of a table: `texts` in cells `width` points wide from `x`, on baseline `y`. */
export const row = (y: number, texts: readonly string[], page = 1, x = 60, width = 90): Cell[] =>
  texts.map((text, i) => ({ page, x: x + i * width, y, text }))
