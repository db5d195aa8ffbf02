/**
 * What the desktop app lends core's process: PDF printing of the 公开表 (it needs a window, so
 * it stays in main), the archive key's wrapping (safeStorage), the incident log and the admin's
 * exit. No OS file dialog: files are picked in the app's own USB browser (core's drives.*).
 */
import { app } from 'electron'
import type { CoreProcessOptions } from './core-process'
import { allowQuit } from './kiosk'
import { readIncidents } from './log'
import { sheetPdfPrinter } from './print-pdf'
import { setupSecretsHook } from './secrets-hook'
import type { WindowOptions } from './window'

/** The hooks core may call back through its port; anything not listed here it cannot ask for. */
export function setupDataHost(window: WindowOptions): CoreProcessOptions['hooks'] {
  // safeStorage lives in main: core asks it to wrap and unwrap the archive key, when it exists.
  const keyring = setupSecretsHook()
  return {
    // Bytes cross the port as Uint8Array: make them Buffers again before safeStorage sees them.
    ...(keyring
      ? {
          wrapSecret: (b: Uint8Array) => keyring.wrap(Buffer.from(b)),
          unwrapSecret: (b: Uint8Array) => keyring.unwrap(Buffer.from(b)),
        }
      : {}),
    printSheetPdf: sheetPdfPrinter(window),
    incidents: readIncidents,
    // The admin is the only one who may leave kiosk mode.
    quit: () => {
      allowQuit()
      app.quit()
    },
  }
}
