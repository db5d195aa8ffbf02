/**
 * Text a PDF holds outside its page's text: a box typed on with a PDF editor's 添加文字 tool (a
 * FreeText annotation) or a filled-in form field. The public viewer draws both with the page, so
 * a personal number in them is refused as one in the page's own text.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { pdfBytes } from '../../../../../../electron/core/demo/pdf-bytes'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { harness, type Harness } from '../ledger-admin/harness'
import { b64 } from './samples'
import { tempDir } from '../../../../temp-dir'

let h: Harness

beforeEach(async () => {
  const dir = tempDir('kiosk-pdfannot-')
  h = await harness('month', attachmentHandlers({ dir }))
})

/** A one-page PDF whose page text is a header; `annot` is drawn over it by its appearance. */
function annotatedPdf(annot: string, drawn: string): Buffer {
  const page = 'BT /F1 10 Tf 60 680 Td (Name) Tj ET'
  const ap = `BT /F1 12 Tf 2 10 Td (${drawn}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> /Annots [6 0 R] >>',
    `<< /Length ${page.length} >>\nstream\n${page}\nendstream`,
    `${annot.slice(0, -2)} /Rect [60 600 400 630] /DA (/F1 12 Tf 0 g) /AP << /N 7 0 R >> >>`,
    `<< /Type /XObject /Subtype /Form /BBox [0 0 340 30] /Resources << /Font << /F1 3 0 R >> >> /Length ${ap.length} >>\nstream\n${ap}\nendstream`,
  ]
  return pdfBytes(objects)
}

const ID = '41010219800101123X'
const REFUSAL = '这个 PDF 第 1 页有像身份证号的内容，公开前请先遮住或删掉'

describe('a PDF with text typed on it', () => {
  it('refuses an ID number in a text box added with a PDF editor', async () => {
    const pdf = annotatedPdf('<< /Type /Annot /Subtype /FreeText /Contents (note) >>', ID)
    const e = await h.refused(
      'clerk',
      'attachments.add',
      { data: b64(pdf), fileName: '名单.pdf' },
      'BAD_INPUT',
    )
    expect(e.message).toBe(REFUSAL)
  }, 30_000)

  it('refuses an ID number filled into a form field', async () => {
    const pdf = annotatedPdf(`<< /Type /Annot /Subtype /Widget /FT /Tx /T (id) /V (${ID}) >>`, ID)
    const e = await h.refused(
      'clerk',
      'attachments.add',
      { data: b64(pdf), fileName: '申请表.pdf' },
      'BAD_INPUT',
    )
    expect(e.message).toBe(REFUSAL)
  }, 30_000)

  it('takes one whose typed-on text holds no personal number', async () => {
    const pdf = annotatedPdf(
      '<< /Type /Annot /Subtype /FreeText /Contents (note) >>',
      'Checked 2026-10-12',
    )
    const added = await h.call('clerk', 'attachments.add', { data: b64(pdf), fileName: '名单.pdf' })
    expect(added.ext).toBe('pdf')
  }, 30_000)
})
