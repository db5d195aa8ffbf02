/**
 * A typed PDF (a 花名册 or 低保名单 exported from Excel or WPS) goes public with its record, so
 * its text is asked of the same personal-number detector as a record's text. A scanned PDF has
 * no text to ask: like a photo, the picker's warning covers it.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads'
import { ATTACHMENT_MSG, pdfNumberRefusal } from '../../../../contract'
import { findHere, type PdfFinding, type PdfUnreadWhy } from './pdf-finding'
import { PDF_TEXT_MS, pdfDataDir } from './pdf-text'

export type { PdfFinding } from './pdf-finding'

const WHY: Record<PdfUnreadWhy, string> = {
  broken: ATTACHMENT_MSG.pdfBroken,
  failed: ATTACHMENT_MSG.pdfBroken,
  tooLong: ATTACHMENT_MSG.pdfTooLong,
  tooSlow: ATTACHMENT_MSG.pdfTooSlow,
}

/** What a reader thread is sent: the file's bytes (handed over) and pdf.js's data folder. */
export interface PdfReaderWork {
  bytes: Uint8Array
  dataDir?: string
}

/** Starts a reader thread with the options core asks for (its memory limits). */
export type StartPdfReader = (options: WorkerOptions) => Worker

/** The most memory a reader thread's heap may take; past it the thread ends, the file refused. */
const READER_HEAP_MB = 256

/** How long a thread that answered waits for the next PDF before it is ended. */
const IDLE_MS = 60_000

let reader: { start: StartPdfReader; ms: number } | null = null
/** A thread that answered and waits for the next PDF: pdf.js stays loaded in it. */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null

function endIdle(): void {
  if (!idle) return
  clearTimeout(idle.timer)
  void idle.worker.terminate()
  idle = null
}

/**
 * Reads PDFs on threads `start` makes (the app's built reader, set by core's host), stopped
 * after `ms`; null reads them on core's own thread again (tests, the test bridge).
 */
export function usePdfReader(start: StartPdfReader | null, { ms = PDF_TEXT_MS } = {}): void {
  endIdle()
  reader = start && { start, ms }
}

/** The waiting thread, else a new one. */
function takeReader(r: { start: StartPdfReader }): Worker {
  const waiting = idle?.worker
  if (waiting) {
    clearTimeout(idle!.timer)
    idle = null
    waiting.ref()
    return waiting
  }
  const worker = r.start({ resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } })
  // Never left without a listener: a thread that fails while it waits is simply let go.
  worker.on('error', () => undefined)
  worker.on('exit', () => {
    if (idle?.worker === worker) endIdle()
  })
  return worker
}

/** Keeps a thread that answered for the next PDF (one at most), not holding the process open. */
function keepReader(worker: Worker): void {
  if (idle) return void worker.terminate()
  worker.unref()
  const timer = setTimeout(endIdle, IDLE_MS)
  timer.unref?.()
  idle = { worker, timer }
}

/**
 * One PDF on a reader thread. A thread that answers is kept for the next; one that fails,
 * runs out of memory or out of time (stuck in one step of pdf.js) is ended.
 */
function findOnThread(bytes: Uint8Array, r: { start: StartPdfReader; ms: number }) {
  return new Promise<PdfFinding>((resolve) => {
    const worker = takeReader(r)
    const done = (finding: PdfFinding, keep: boolean) => {
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (keep) keepReader(worker)
      else void worker.terminate()
      resolve(finding)
    }
    const onMessage = (finding: PdfFinding) => done(finding, true)
    // Out of memory is a file with too much in it, as one that takes too long. A thread that
    // ends otherwise said nothing of the file: not pdf.js's 'broken', which a public screen
    // may pass because its viewer cannot open such a file either.
    const onError = (e: Error & { code?: string }) =>
      done(
        { found: 'unread', why: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'tooSlow' : 'failed' },
        false,
      )
    const onExit = () => done({ found: 'unread', why: 'failed' }, false)
    const timer = setTimeout(() => done({ found: 'unread', why: 'tooSlow' }, false), r.ms)
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    const copy = new Uint8Array(bytes) // handed over: the caller's stays whole
    const dataDir = pdfDataDir()
    const work: PdfReaderWork = { bytes: copy, ...(dataDir ? { dataDir } : {}) }
    worker.postMessage(work, [copy.buffer])
  })
}

/**
 * The most reader threads at once: a public page with a PDF in each of its steps asks for all
 * of them together, and a thread each (up to 256 MB apiece) would exhaust an old kiosk PC.
 */
const MAX_READERS = 2
let reading = 0
const queue: Array<() => void> = []

/** Runs `read` once fewer than MAX_READERS are reading; the time limit starts then, not before. */
async function inTurn<T>(read: () => Promise<T>): Promise<T> {
  while (reading >= MAX_READERS) await new Promise<void>((go) => queue.push(go))
  reading++
  try {
    return await read()
  } finally {
    reading--
    queue.shift()?.()
  }
}

/** What the PDF's text holds, read on a reader thread when one is set. */
export function pdfFinding(bytes: Uint8Array): Promise<PdfFinding> {
  const r = reader
  return r ? inTurn(() => findOnThread(bytes, r)) : findHere(bytes)
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
