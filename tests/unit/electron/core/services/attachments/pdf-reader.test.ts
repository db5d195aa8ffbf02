/**
 * A PDF's text is read on a thread of its own, bounded in memory and stopped when it takes too
 * long: one long synchronous step of pdf.js (a hostile file) cannot freeze core's thread, which
 * answers other screens meanwhile.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ATTACHMENT_MSG, PDF_WITHHELD_UNCHECKED } from '../../../../../../contract'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import {
  pdfFinding,
  usePdfReader,
} from '../../../../../../electron/core/services/attachments/pdf-numbers'
import { harness, type Harness } from '../ledger-admin/harness'
import { row, textPdf } from '../../../../../e2e/support/text-pdf'
import { b64 } from './samples'
import { startSourcePdfReader } from './source-pdf-reader'
import { tempDir } from '../../../../temp-dir'

let h: Harness
let dir: string

beforeEach(async () => {
  dir = tempDir('kiosk-pdfreader-')
  h = await harness('month', attachmentHandlers({ dir }))
})
afterEach(() => usePdfReader(null))

const withId = textPdf([
  ...row(680, ['Name', 'Group', 'Amount']),
  ...row(660, ['Wang*fang', '2', '41010219800101123X'], 1, 60, 120),
])
const ID_ON_PAGE_1 = '这个 PDF 第 1 页有像身份证号的内容，公开前请先遮住或删掉'

/** Adding `withId` is refused with `message` (the refusal and its words are asserted). */
const refusesIdPdf = (message: string) =>
  h.refused(
    'clerk',
    'attachments.add',
    { data: b64(withId), fileName: '名单.pdf' },
    'BAD_INPUT',
    message,
  )

/** PDFs are read on real reader threads from here on; says how many were started. */
function countedReaders(): () => number {
  let started = 0
  usePdfReader((options) => (started++, startSourcePdfReader(options)))
  return () => started
}

describe('a PDF read on its own thread', () => {
  it('finds an ID number there as on core’s thread, naming the page', async () => {
    const started = countedReaders()
    await refusesIdPdf(ID_ON_PAGE_1)
    expect(started()).toBe(1)
  }, 30_000)

  it('a thread that answered reads the next PDF too: pdf.js is loaded once, not per file', async () => {
    const started = countedReaders()
    const clean = textPdf([
      ...row(680, ['Name', 'Group', 'Amount']),
      ...row(660, ['Li*hua', '5', '3500']),
    ])
    const added = await h.call('clerk', 'attachments.add', { data: b64(clean), fileName: 'a.pdf' })
    expect(added.ext).toBe('pdf')
    await refusesIdPdf(ID_ON_PAGE_1)
    expect(started()).toBe(1)
  }, 30_000)

  it('a step that never ends is stopped at the limit and refused; core answers meanwhile', async () => {
    // A reader stuck in one synchronous step, as pdf.js on a hostile file: it never yields.
    let started = 0
    usePdfReader(
      (options) => {
        started++
        expect(options.resourceLimits?.maxOldGenerationSizeMb).toBe(256)
        return new Worker('for (;;) {}', { ...options, eval: true })
      },
      { ms: 500 },
    )
    const order: string[] = []
    const adding = refusesIdPdf(ATTACHMENT_MSG.pdfTooSlow).then(() => order.push('refused'))
    await new Promise((r) => setTimeout(r, 100))
    await h.call('public', 'attachments.info', { names: [] }).then(() => order.push('answered'))
    await adding
    expect(order).toEqual(['answered', 'refused'])
    // The stopped thread is not used again: the next PDF gets a new one.
    await refusesIdPdf(ATTACHMENT_MSG.pdfTooSlow)
    expect(started).toBe(2)
  }, 30_000)

  it('a thread that ends without answering never lets a stored PDF be shown publicly', async () => {
    // A PDF stored by an older version (never read); its reader thread dies on it, as on an
    // error pdf.js did not turn into a refusal. Nobody knows what its text holds.
    const bytes = textPdf([
      ...row(680, ['Name', 'Group', 'Amount']),
      ...row(660, ['Zhao*li', '4', '41010219800101123X'], 1, 60, 120),
    ])
    const name = `${createHash('sha256').update(bytes).digest('hex')}.pdf`
    mkdirSync(join(dir, 'attachments'), { recursive: true })
    writeFileSync(join(dir, 'attachments', name), bytes)
    usePdfReader((options) => new Worker('process.exit(1)', { ...options, eval: true }))
    const check = await h.call('public', 'attachments.publicCheck', { name })
    expect(check.withheld).toBe(PDF_WITHHELD_UNCHECKED)
  }, 30_000)
})

describe('many PDFs asked for at once (a public page with a PDF in each of its steps)', () => {
  it('are read two at a time, not on a thread each (each may take 256 MB)', async () => {
    let alive = 0
    let most = 0
    // A reader that answers "nothing found" a little later, as a real one reading a file.
    usePdfReader((options) => {
      const w = new Worker(
        `const { parentPort } = require('node:worker_threads')
         parentPort.on('message', () => setTimeout(() => parentPort.postMessage({ found: 'none' }), 150))`,
        { ...options, eval: true },
      )
      most = Math.max(most, ++alive)
      w.on('exit', () => alive--)
      return w
    })
    const files = Array.from({ length: 6 }, (_, i) =>
      textPdf([...row(680, ['Name', 'Amount']), ...row(660, [`Li*${i}`, String(100 + i)])]),
    )
    const found = await Promise.all(files.map((f) => pdfFinding(f)))
    expect(found).toEqual(files.map(() => ({ found: 'none' })))
    expect(most).toBeLessThanOrEqual(2)
  }, 30_000)
})
