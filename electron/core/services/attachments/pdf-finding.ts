/**
 * What a PDF's text holds, read on the calling thread: core's own when no reader thread is set
 * (tests, the test bridge), the reader thread's in the app (pdf-reader-worker.ts).
 */
import { findPersonalNumber, PERSONAL_NUMBER_NAMES } from '../records/personal-numbers'
import { pdfTexts, PdfTextError } from './pdf-text'

/**
 * Why a PDF's text was not read to its end: pdf.js's own refusal, or 'failed' when the reader
 * thread ended without answering (nothing is known of the file, so it is never shown).
 */
export type PdfUnreadWhy = PdfTextError['why'] | 'failed'

/** What a PDF's text was found to hold: nothing, a personal number on a page, or unreadable. */
export type PdfFinding =
  | { found: 'none' }
  | { found: 'number'; page: number; what: string }
  | { found: 'unread'; why: PdfUnreadWhy }

/** Reads the PDF's text to its end, or to the first page that holds a personal number. */
export async function findHere(bytes: Uint8Array): Promise<PdfFinding> {
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
