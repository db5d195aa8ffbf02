/**
 * What the desktop app adds to core's data methods: dialogs for backups, PDF printing of the
 * 公开表, and the daily automatic backups beside the data folder (stopped when the app quits).
 */
import { app } from 'electron'
import { Secrets, secretsDirFor, type KeyWrapHook } from '../core/secrets'
import { startAutoBackups, type DataHost } from '../core/services/data'
import { pickPath } from './dialogs'
import { errorDetail, logIncident } from './log'
import { sheetPdfPrinter } from './print-pdf'
import type { WindowOptions } from './window'

/** The host hooks core receives at openCore. */
export function setupDataHost(window: WindowOptions): DataHost {
  return { pickPath, printSheetPdf: sheetPdfPrinter(window) }
}

/** Starts the hourly check for today's automatic backup. */
export function setupAutoBackup(dataDir: string, wrap?: KeyWrapHook): void {
  const stop = startAutoBackups({
    dataDir,
    secrets: new Secrets(secretsDirFor(dataDir), wrap),
    log: (message, error) => logIncident('backup', { message, ...errorDetail(error) }),
  })
  app.once('will-quit', stop)
}
