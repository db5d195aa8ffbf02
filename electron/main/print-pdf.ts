/**
 * The 公开表 as a PDF: a hidden window with the kiosk window's own locked-down preferences loads
 * app://kiosk/#/print/sheet/…, waits until the page says its data is in, and prints with the
 * options shared with the tests (contract/print.ts): page size, margins, page numbers.
 */
import { BrowserWindow } from 'electron'
import type { WebContents } from 'electron'
import { electronPdfOptions, sheetPrintLayout, sheetPrintRoute } from '../../contract/print'
import type { PrintSheetPdf } from '../core/services/data'
import { START_URL } from './app-origin'
import { adoptWebContents, type WindowOptions } from './window'

const READY_TIMEOUT_MS = 20_000
const POLL_MS = 100

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits for the print view's data-print-ready="yes" (or gives up on "error" or a timeout). */
export async function waitForPrintReady(contents: WebContents, timeoutMs = READY_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const state: unknown = await contents.executeJavaScript(
      "document.querySelector('[data-print-ready]')?.getAttribute('data-print-ready') ?? 'no'",
    )
    if (state === 'yes') {
      await contents.executeJavaScript('document.fonts.ready.then(() => true)')
      return
    }
    if (state === 'error') throw new Error('print: 公开表的数据无法载入')
    await sleep(POLL_MS)
  }
  throw new Error('print: 公开表载入超时')
}

/** A printer for core's export.sheetPdf; each call gets its own hidden window. */
export function sheetPdfPrinter(opts: WindowOptions): PrintSheetPdf {
  return async ({ period, paper, title }) => {
    const win = new BrowserWindow({
      show: false,
      width: 1240,
      height: 1754,
      webPreferences: {
        // eng-disable PRELOAD_JS_CHECK (next line), reviewed: the same preload as the kiosk
        // window (invoke and onChanged only); the print view reads published records.
        /* eng-disable PRELOAD_JS_CHECK @preserve */ preload: opts.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      },
    })
    // The print view asks core for the sheet through the same checked IPC door.
    adoptWebContents(win.webContents)
    try {
      await win.loadURL(`${START_URL}#${sheetPrintRoute(period, paper)}`)
      await waitForPrintReady(win.webContents)
      const pdf = await win.webContents.printToPDF(
        electronPdfOptions(sheetPrintLayout(paper, title)),
      )
      return new Uint8Array(pdf)
    } finally {
      win.destroy()
    }
  }
}
