/**
 * Starting over and shutting down: core is closed before the process exits, and a start that
 * failed shows the recovery page, then tries again a minute later.
 */
import { app, BrowserWindow } from 'electron'
import type { Core } from '../core/core'
import { FOLDER_BUSY_URL, RECOVERY_URL } from './app-origin'
import { allowQuit, setupKiosk } from './kiosk'
import { errorDetail, logIncident } from './log'
import { setupWindow } from './window'
import type { WindowOptions } from './window'

const CLOSE_TIMEOUT_MS = 5_000
const RESTART_AFTER_FAILED_START_MS = 60_000

/** Whatever started the quit, core's files are closed first (bounded, so quitting never hangs). */
export function setupShutdown(core: Pick<Core, 'close'>): void {
  let closed = false
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS))
    Promise.race([core.close(), timeout])
      .catch((error: unknown) => logIncident('core-close-failed', errorDetail(error)))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

/** Quits and starts again, e.g. after switching to software rendering. */
export function restartApp(): void {
  allowQuit()
  app.relaunch()
  app.quit()
}

/** A start that threw (unreadable data folder…) shows the recovery page and retries in a minute. */
export function setupFailedStart(error: unknown, window: WindowOptions): void {
  logIncident('startup-failed', errorDetail(error))
  if (BrowserWindow.getAllWindows().length === 0) {
    const win = setupWindow(window)
    setupKiosk(win, window.production)
    // Another program holds the data folder (core's FolderBusy, matched by name so it survives
    // a process boundary): say so plainly instead of "retrying".
    const busy = error instanceof Error && error.name === 'FolderBusy'
    win.loadURL(busy ? FOLDER_BUSY_URL : RECOVERY_URL).catch(() => undefined)
  }
  setTimeout(restartApp, RESTART_AFTER_FAILED_START_MS)
}
