/**
 * The PDF reader thread (built to out/main/pdf-reader.js): reads PDFs' text for personal
 * numbers, one at a time as core sends them, and answers each with what it found. Core stops it
 * when one takes too long or grows too big (pdf-numbers.ts), so a hostile file cannot freeze
 * core's own thread.
 */
import { parentPort } from 'node:worker_threads'
import { findHere } from './pdf-finding'
import { usePdfData } from './pdf-text'
import type { PdfReaderWork } from './pdf-numbers'

const port = parentPort
if (!port) throw new Error('pdf-reader: start me as a worker thread')
port.on('message', ({ bytes, dataDir }: PdfReaderWork) => {
  if (dataDir) usePdfData(dataDir)
  findHere(bytes).then(
    (finding) => port.postMessage(finding),
    // Not a refusal pdf.js gave: the thread ends, and core says the file cannot be read.
    () => process.exit(1),
  )
})
