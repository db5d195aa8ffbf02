/**
 * A stored PDF before a public screen shows it. Files attached before core read a PDF's text,
 * or brought back by a restore of an older backup, were never checked; published records are
 * never edited, so what the public sees is decided here, when it is asked for. A PDF whose
 * text holds a personal number is withheld with a plain line; the file stays on disk.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import {
  PDF_WITHHELD_UNCHECKED,
  PDF_WITHHELD_UNREAD,
  pdfWithheld,
  type AttachmentPublicCheck,
} from '../../../../contract'
import { attachmentPath } from './paths'
import { pdfFinding } from './pdf-numbers'

/**
 * Each PDF's verdict by the sha256 of its bytes, for the life of core's process: a big file is
 * read once. Kept in memory only, so a verdict is never taken from a data folder a backup wrote.
 */
const verdicts = new Map<string, Promise<string | null>>()

async function verdictOf(bytes: Buffer): Promise<string | null> {
  const f = await pdfFinding(bytes)
  if (f.found === 'number') return pdfWithheld(f.what)
  if (f.found === 'none') return null
  // A file pdf.js cannot open is not shown anyway: the viewer says it cannot open it.
  if (f.why === 'broken') return null
  return f.why === 'failed' ? PDF_WITHHELD_UNCHECKED : PDF_WITHHELD_UNREAD
}

/**
 * attachments.publicCheck: null for a PDF that holds no personal number, and for a photo. A PDF
 * missing from disk or changed there is withheld: the serve path refuses the file itself, but
 * its first-page preview is another file, still served (a restore's files held by an antivirus,
 * the preview put in and the PDF not yet), and it would show what the page shows.
 */
export async function publicCheck(dir: string, name: string): Promise<AttachmentPublicCheck> {
  if (!name.endsWith('.pdf')) return { withheld: null }
  const bytes = await readFile(attachmentPath(dir, name)).catch(() => null)
  const sha256 = bytes && createHash('sha256').update(bytes).digest('hex')
  if (!bytes || sha256 !== name.slice(0, 64)) return { withheld: PDF_WITHHELD_UNCHECKED }
  let verdict = verdicts.get(sha256)
  if (!verdict) {
    verdict = verdictOf(bytes)
    verdicts.set(sha256, verdict)
    // A failure is not kept: the next ask reads the file again.
    verdict.catch(() => verdicts.delete(sha256))
  }
  return { withheld: await verdict }
}
