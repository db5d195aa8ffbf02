/**
 * Kiosk lockdown around the window: swallowed keys, no page zoom, no closing except an
 * admin's exit or the OS shutting down, and a display that never sleeps.
 */
import { powerMonitor, powerSaveBlocker } from 'electron'
import type { BrowserWindow } from 'electron'
import { isBlockedKey } from './kiosk-keys'
import { logIncident } from './log'

let quitAllowed = false

/** Called by an admin's exit from the workspace (or shutdown): from then on the window may close. */
export function allowQuit(): void {
  quitAllowed = true
}

/** Locks the window down; keys and close stay free in development so developers can work. */
export function setupKiosk(win: BrowserWindow, production: boolean): void {
  const contents = win.webContents
  // Pinch and Ctrl+wheel would enlarge the whole page; only photos zoom, inside the page.
  contents.on('did-finish-load', () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined)
  })
  contents.on('zoom-changed', () => contents.setZoomLevel(0))
  if (!production) return

  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input)) event.preventDefault()
  })
  win.on('close', (event) => {
    if (quitAllowed) return
    event.preventDefault()
    logIncident('close-refused')
  })
  // The OS is shutting down or logging off: closing now is what the technician wants.
  win.on('query-session-end', allowQuit)
  win.on('session-end', allowQuit)
  powerMonitor.on('shutdown', allowQuit)
  powerSaveBlocker.start('prevent-display-sleep')
}
