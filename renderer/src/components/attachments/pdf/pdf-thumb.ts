/**
 * A PDF's thumbnail, made once when a cadre picks it: its first page drawn about 320 px on its
 * long side, as the same small JPEG photos get, so lists show the page instead of a card.
 */
import { canvasToJpeg, LONG_SIDE } from '../make-thumb'
import { drawPage, openPdf } from './pdf-doc'

/** Base64 JPEG of page 1, or null when pdf.js cannot read the file (it is still stored). */
export async function pdfThumb(file: Blob): Promise<string | null> {
  try {
    const doc = await openPdf(new Uint8Array(await file.arrayBuffer()))
    try {
      return await canvasToJpeg(await drawPage(doc, 1, { longSide: LONG_SIDE }))
    } finally {
      void doc.destroy()
    }
  } catch {
    return null
  }
}
