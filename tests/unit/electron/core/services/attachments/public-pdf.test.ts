/**
 * A PDF already stored (attached before its text was read, or brought back by a restore of an
 * older backup) is read before a public screen shows it: one whose text holds a personal number
 * is withheld there with a plain line, while the file itself stays on disk for the cadres.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PDF_WITHHELD_UNCHECKED, type AttachmentRecord } from '../../../../../../contract'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { attachmentForUrl } from '../../../../../../electron/core/services/attachments/paths'
import * as numbers from '../../../../../../electron/core/services/attachments/pdf-numbers'
import { readServed } from '../../../../../../electron/core/services/attachments/serve'
import { harness, type Harness } from '../ledger-admin/harness'
import { row, textPdf } from '../../../../../e2e/support/text-pdf'
import { tempDir } from '../../../../temp-dir'

vi.mock('../../../../../../electron/core/services/attachments/pdf-numbers', async (original) => {
  const real = await original<typeof numbers>()
  return { ...real, pdfFinding: vi.fn(real.pdfFinding) }
})

let dir: string
let h: Harness

beforeEach(async () => {
  dir = tempDir('kiosk-pdfpublic-')
  h = await harness('month', attachmentHandlers({ dir }))
  vi.mocked(numbers.pdfFinding).mockClear()
})

/** Stores `bytes` as an older version did: on disk and journaled, never read for numbers. */
async function storedAsBefore(bytes: Buffer): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const name = `${sha256}.pdf`
  mkdirSync(join(dir, 'attachments'), { recursive: true })
  writeFileSync(join(dir, 'attachments', name), bytes)
  const addedBy = { id: 'u-older', name: '旧版本' }
  const record: AttachmentRecord = {
    ...{ name, sha256, ext: 'pdf', mime: 'application/pdf', bytes: bytes.length },
    ...{ fileName: '名单.pdf', thumb: false, addedAt: '2026-10-12T02:00:00.000Z', addedBy },
  }
  await h.store.commit({
    actor: addedBy,
    action: 'attachments.add',
    entity: 'attachments',
    id: name,
    puts: [{ coll: 'attachments', id: name, value: record }],
  })
  return name
}

const header = row(680, ['Name', 'Group', 'Amount'])
const withId = textPdf([
  ...header,
  ...row(660, ['Wang*fang', '2', '41010219800101123X'], 1, 60, 120),
])
const clean = textPdf([...header, ...row(660, ['Zhang*ming', '3', '1200'])])

describe('a stored PDF on the public screen', () => {
  it('is withheld there when its text holds an ID number; the cadres still get the file', async () => {
    const name = await storedAsBefore(withId)
    expect(await h.call('public', 'attachments.publicCheck', { name })).toEqual({
      withheld: '这个文件里有像身份证号的内容，暂不公开。请告诉村干部处理',
    })
    const served = await readServed(attachmentForUrl(dir, `/attachments/${name}`)!)
    expect(served.ok && served.data.equals(withId)).toBe(true)
  })

  it('is shown when its text holds none', async () => {
    const name = await storedAsBefore(clean)
    expect(await h.call('public', 'attachments.publicCheck', { name })).toEqual({ withheld: null })
  })

  it('is read once: the verdict is kept by the file’s sha256', async () => {
    // A file no other test read (verdicts live as long as core's process).
    const name = await storedAsBefore(
      textPdf([...header, ...row(660, ['Li*hua', '5', '41010219800101123X'], 1, 60, 120)]),
    )
    const first = await h.call('public', 'attachments.publicCheck', { name })
    const again = await h.call('public', 'attachments.publicCheck', { name })
    expect(again).toEqual(first)
    expect(first.withheld).toContain('身份证号')
    expect(numbers.pdfFinding).toHaveBeenCalledTimes(1)
  })

  it('a photo is not read (only a PDF’s text is checked)', async () => {
    const photo = `${'a'.repeat(64)}.jpg`
    expect(await h.call('public', 'attachments.publicCheck', { name: photo })).toEqual({
      withheld: null,
    })
    expect(numbers.pdfFinding).not.toHaveBeenCalled()
  })

  it('a PDF missing from disk or changed there is withheld: its stored first-page preview may still be served', async () => {
    // A restore's files still held by an antivirus: the preview is in, the PDF not yet.
    const name = await storedAsBefore(withId)
    rmSync(join(dir, 'attachments', name))
    expect(await h.call('public', 'attachments.publicCheck', { name })).toEqual({
      withheld: PDF_WITHHELD_UNCHECKED,
    })
    // Another file's bytes under its name: what it holds was never read.
    writeFileSync(join(dir, 'attachments', name), clean)
    expect(await h.call('public', 'attachments.publicCheck', { name })).toEqual({
      withheld: PDF_WITHHELD_UNCHECKED,
    })
    expect(numbers.pdfFinding).not.toHaveBeenCalled()
  })
})
