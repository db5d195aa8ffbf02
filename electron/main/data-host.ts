/**
 * What the desktop app adds to core's data methods: PDF printing of the 公开表 and the daily
 * automatic backups beside the data folder (stopped when the app quits). No OS file dialog:
 * files are picked in the app's own USB browser (core's drives.*).
 */
import { app } from 'electron'
import { startAutoBackups, type DataHost } from '../core/services/data'
import { errorDetail, logIncident } from './log'
import { sheetPdfPrinter } from './print-pdf'
import type { WindowOptions } from './window'

/** The host hooks core receives at openCore. */
export function setupDataHost(window: WindowOptions): DataHost {
  return { printSheetPdf: sheetPdfPrinter(window) }
}

/** Starts the hourly check for today's automatic backup. */
export function setupAutoBackup(dataDir: string): void {
  const stop = startAutoBackups({
    dataDir,
    log: (message, error) => logIncident('backup', { message, ...errorDetail(error) }),
  })
  app.once('will-quit', stop)
}
