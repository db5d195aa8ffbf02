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

/** What a PDF's text was found to hold: nothing, a personal number on a page, or unreadable. */
export type PdfFinding =
  | { found: 'none' }
  | { found: 'number'; page: number; what: string }
  | { found: 'unread'; why: PdfTextError['why'] }

/** Reads the PDF's text to its end, or to the first page that holds a personal number. */
export async function pdfFinding(bytes: Uint8Array): Promise<PdfFinding> {
  try {
    for await (const [page, texts] of pdfTexts(bytes)) {
      for (const text of texts) {
        const kind = findPersonalNumber(text)
        if (kind) return { found: 'number', page, what: PERSONAL_NUMBER_NAMES[kind] }
      }
    }
    return { found: 'none' }
  } catch (e) {
    if (e instanceof PdfTextError) return { found: 'unread', why: e.why }
    throw e
  }
}

/**
 * Why a PDF may not go public, or null: the first page whose text holds a personal number, or
 * that the file cannot be read to its end (then nobody can say it holds none).
 */
export async function pdfRefusal(bytes: Uint8Array): Promise<string | null> {
  const f = await pdfFinding(bytes)
  if (f.found === 'number') return pdfNumberRefusal(f.page, f.what)
  return f.found === 'unread' ? WHY[f.why] : null
}
