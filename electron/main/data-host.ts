/**
 * What the desktop app lends core's process: PDF printing of the 公开表 (it needs a window, so
 * it stays in main), the incident log and the admin's exit. No OS file dialog: files are
 * picked in the app's own USB browser (core's drives.*), which a villager cannot escape from.
 */
import { app } from 'electron'
import type { CoreProcessOptions } from './core-process'
import { allowQuit } from './kiosk'
import { readIncidents } from './log'
import { sheetPdfPrinter } from './print-pdf'
import type { WindowOptions } from './window'

/** The hooks core may call back through its port; anything not listed here it cannot ask for. */
export function setupDataHost(window: WindowOptions): CoreProcessOptions['hooks'] {
  return {
    printSheetPdf: sheetPdfPrinter(window),
    incidents: readIncidents,
    // The admin is the only one who may leave kiosk mode.
    quit: () => {
      allowQuit()
      app.quit()
    },
  }
}
