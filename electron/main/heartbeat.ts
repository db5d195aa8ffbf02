/**
 * The kiosk's pulse for the watchdog (supervisor.ts): a file touched from the main thread's
 * event loop, so a hung main thread stops it and the watchdog restarts the app.
 */
import { writeFileSync } from 'node:fs'
import { HEARTBEAT_ENV, SUPERVISOR_POLICY } from './supervisor-policy'

/** Beats only when started by the watchdog; a kiosk started by hand has nobody listening. */
export function setupHeartbeat(everyMs = SUPERVISOR_POLICY.heartbeatEveryMs): void {
  const file = process.env[HEARTBEAT_ENV]
  if (!file) return
  const beat = () => {
    try {
      writeFileSync(file, String(Date.now()))
    } catch {
      // A full disk: the watchdog will think we hung and restart us, which is no worse.
    }
  }
  beat()
  setInterval(beat, everyMs).unref()
}
