/**
 * The utility process's entry (built to out/main/core-host.js): core, off the window's thread.
 * Electron gives a utility process `process.parentPort`; typed here so core never imports
 * 'electron'.
 */
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { usePdfReader } from '../services/attachments/pdf-numbers'
import { usePdfData } from '../services/attachments/pdf-text'
import { runCoreChild, type ParentPortLike } from './child'

/** The township console's reader thread, built beside this file (electron.vite.config.ts). */
const READER = fileURLToPath(new URL('./township-reader.js', import.meta.url))
/** The thread a typed PDF's text is read on, built beside this file too. */
const PDF_READER = fileURLToPath(new URL('./pdf-reader.js', import.meta.url))

// pdf.js's character maps and fonts, copied beside the renderer (electron.vite.config.ts): core
// reads a typed PDF's text with them when it is attached.
usePdfData(fileURLToPath(new URL('../renderer/pdfjs/', import.meta.url)))
// On a thread of its own, stopped at the time limit: one long step of pdf.js on a hostile file
// cannot freeze core, which every screen waits on.
usePdfReader((options) => new Worker(PDF_READER, options))

const port = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort
if (!port) {
  console.error('core-host: no parentPort; start me with utilityProcess.fork')
  process.exit(2)
}
runCoreChild(
  port,
  (code) => process.exit(code),
  () => new Worker(READER),
)
