/**
 * A typed PDF (a 花名册 or 低保名单 exported from Excel or WPS) goes public with its record: its
 * text is read when it is added, and a personal number in it is refused as in a record's text.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { sheetPdf } from '../../../../../../electron/core/demo/sheet-pdf'
import { harness, type Harness } from '../ledger-admin/harness'
import { imageBombPdf } from '../../../../../e2e/support/bomb-pdf'
import { storedFiles } from './stored-files'
import { b64 } from './samples'
import { row, textPdf } from '../../../../../e2e/support/text-pdf'
import { tempDir } from '../../../../temp-dir'

let dir: string
let h: Harness

beforeEach(async () => {
  dir = tempDir('kiosk-pdftext-')
  h = await harness('month', attachmentHandlers({ dir }))
})

/** The header and a few rows of a 低保 list, as on every page of one. */
const header = (page: number) => row(680, ['Name', 'Group', 'Amount', 'Months'], page)
const rows = (page: number) => [
  ...row(660, ['Zhang*ming', '3', '1200', '12'], page),
  ...row(640, ['Li*hua', '5', '3500', '6'], page),
]

/** Adds `bytes` as a PDF and expects the refusal `message`, with nothing stored or journaled. */
async function refusedPdf(bytes: Buffer, message: string): Promise<void> {
  const seq = h.store.head().seq
  const e = await h.refused(
    'clerk',
    'attachments.add',
    {
      data: b64(bytes),
      fileName: '名单.pdf',
    },
    'BAD_INPUT',
  )
  expect(e.message).toBe(message)
  expect(e.fields).toEqual({ data: message })
  expect(storedFiles(dir)).toEqual([])
  expect(h.store.all('attachments')).toEqual([])
  expect(h.store.head().seq).toBe(seq)
}

describe('attachments.add reads a typed PDF for personal numbers', () => {
  it('refuses an ID number in a cell on page 2, naming the page; nothing is stored', async () => {
    const pdf = textPdf(
      [
        ...header(1),
        ...rows(1),
        ...header(2),
        ...row(660, ['Wang*fang', '2', '41010219800101123X', '800'], 2, 60, 120),
      ],
      2,
    )
    await refusedPdf(pdf, '这个 PDF 第 2 页有像身份证号的内容，公开前请先遮住或删掉')
  })

  it('refuses an ID split only by spaces inside one cell, as the record-text check does', async () => {
    const pdf = textPdf([
      ...header(1),
      ...row(660, ['Wang*fang', '4101 0219 8001 0112 34'], 1, 60, 120),
    ])
    await refusedPdf(pdf, '这个 PDF 第 1 页有像身份证号的内容，公开前请先遮住或删掉')
  })

  it('refuses an ID whose digit groups are drawn apart, out of reading order, on one line', async () => {
    // Some exports place each run of figures on its own, in any order: on the page they touch
    // and read as one number, though no piece of the file's text holds it whole.
    const at = (x: number, text: string) => ({ x, y: 600, text })
    const digit = 5.56 // a figure in 10 pt Helvetica
    const pdf = textPdf([
      at(60 + 14 * digit, '123X'),
      at(60, '410102'),
      at(60 + 6 * digit, '19800101'),
    ])
    await refusedPdf(pdf, '这个 PDF 第 1 页有像身份证号的内容，公开前请先遮住或删掉')
  })

  it('reads text in a Chinese font the PDF names but does not embed (宋体, as WPS may write it)', async () => {
    // The heading is drawn in STSong-Light through a CMap pdf.js must load from its data files.
    const pdf = sheetPdf('Sign-in sheet', 1, '联系电话13812345678')
    await refusedPdf(pdf, '这个 PDF 第 1 页有像手机号码的内容，公开前请先遮住或删掉')
  })

  it('refuses a full mobile number in a cell', async () => {
    const pdf = textPdf([...header(1), ...rows(1), ...row(620, ['Zhao*qiang', '1', '13812345678'])])
    await refusedPdf(pdf, '这个 PDF 第 1 页有像手机号码的内容，公开前请先遮住或删掉')
  })

  it('takes a table of amounts, dates and numbers in adjacent cells: cells are never joined', async () => {
    // Four-figure amounts side by side would read as a bank card (1200 3500 4800 2600) and three
    // cells as a mobile (138 1234 5678), were cells run together.
    const pdf = textPdf([
      ...header(1),
      ...rows(1),
      ...row(600, ['1200', '3500', '4800', '2600']),
      ...row(580, ['138', '1234', '5678', '9']),
      ...row(560, ['2026-10-04', '001', '3,500.00', '1,200.00']),
      ...row(540, ['Total', '', '12,300.00', '18']),
    ])
    const r = await h.call('clerk', 'attachments.add', { data: b64(pdf), fileName: '名单.pdf' })
    expect(r).toMatchObject({ ext: 'pdf', bytes: pdf.length })
    expect(storedFiles(dir)).toEqual([r.name])
  })

  it('takes a PDF with no text layer (a scan, as a photo: the picker’s warning covers it)', async () => {
    const ruled = await h.call('clerk', 'attachments.add', { data: b64(textPdf([], 2)) })
    expect(ruled.ext).toBe('pdf')
    const scan = await h.call('clerk', 'attachments.add', {
      data: b64(imageBombPdf({ side: 2_000 })),
    })
    expect(scan.ext).toBe('pdf')
    expect(storedFiles(dir)).toEqual([ruled.name, scan.name].sort())
  })

  it('refuses a PDF too long to check to its end, saying how long may be checked', async () => {
    await refusedPdf(
      textPdf([], 301),
      '这个 PDF 超过 300 页，查不完里面有没有个人号码，请分成几个文件再选',
    )
  })

  it('refuses a PDF that cannot be read, in Chinese; nothing is stored', async () => {
    const garbage = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251)),
    ])
    await refusedPdf(garbage, '这个 PDF 文件打不开（可能已损坏或设了密码），请重新导出或扫描后再选')
  })
})
