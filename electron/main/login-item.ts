import { app } from 'electron'
import { logIncident } from './log'
import { readShellState } from './shell-state'

/**
 * Lets the technician have the kiosk come back by itself after a power cut (`startAtLogin` in
 * kiosk-shell.json). Windows and macOS only; a Linux kiosk session starts the app itself.
 */
export function setupLoginItem(): void {
  const { startAtLogin } = readShellState()
  if (startAtLogin === null) return
  if (process.platform !== 'win32' && process.platform !== 'darwin') return
  app.setLoginItemSettings({ openAtLogin: startAtLogin })
  logIncident('login-item', { openAtLogin: startAtLogin })
}
