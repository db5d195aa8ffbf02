/**
 * What the desktop app lends core's process: dialogs for backups, PDF printing of the 公开表
 * (both need windows, so they stay in main), the incident log and the admin's exit.
 */
import { app } from 'electron'
import type { CoreProcessOptions } from './core-process'
import { pickPath } from './dialogs'
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
    pickPath,
    printSheetPdf: sheetPdfPrinter(window),
    incidents: readIncidents,
    // The admin is the only one who may leave kiosk mode.
    quit: () => {
      allowQuit()
      app.quit()
    },
  }
}
