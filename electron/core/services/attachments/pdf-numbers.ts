/**
 * A typed PDF (a 花名册 or 低保名单 exported from Excel or WPS) goes public with its record, so
 * its text is asked of the same personal-number detector as a record's text. A scanned PDF has
 * no text to ask: like a photo, the picker's warning covers it.
 */
import { ATTACHMENT_MSG, pdfNumberRefusal } from '../../../../contract'
import { findPersonalNumber, PERSONAL_NUMBER_NAMES } from '../records/personal-numbers'
import { pdfTexts, PdfTextError } from './pdf-text'

const WHY: Record<PdfTextError['why'], string> = {
  broken: ATTACHMENT_MSG.pdfBroken,
  tooLong: ATTACHMENT_MSG.pdfTooLong,
  tooSlow: ATTACHMENT_MSG.pdfTooSlow,
}

/**
 * Why a PDF may not go public, or null: the first page whose text holds a personal number, or
 * that the file cannot be read to its end (then nobody can say it holds none).
 */
export async function pdfRefusal(bytes: Uint8Array): Promise<string | null> {
  try {
    for await (const [page, texts] of pdfTexts(bytes)) {
      for (const text of texts) {
        const kind = findPersonalNumber(text)
        if (kind) return pdfNumberRefusal(page, PERSONAL_NUMBER_NAMES[kind])
      }
    }
    return null
  } catch (e) {
    if (e instanceof PdfTextError) return WHY[e.why]
    throw e
  }
}
