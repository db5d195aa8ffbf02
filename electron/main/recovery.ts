/**
 * Self-healing for the one window: a crashed or hung renderer comes back by itself, with
 * back-off, and after repeated crashes the plain recovery page shows while main keeps retrying.
 * Also the only place that decides what the window loads.
 */
import type { BrowserWindow } from 'electron'
import { RECOVERY_URL } from './app-origin'
import { errorDetail, logIncident } from './log'
import { DEFAULT_POLICY, decideOnCrash, recentCrashes } from './recovery-policy'
import type { RecoveryPolicy } from './recovery-policy'

/** Wires crash, hang and load-failure handling, then loads `home`. */
export function setupRecovery(
  win: BrowserWindow,
  home: string,
  policy: RecoveryPolicy = DEFAULT_POLICY,
): void {
  const contents = win.webContents
  let crashes: number[] = []
  let recoveryAttempts = 0
  let pending: NodeJS.Timeout | undefined
  /** When the recovery page was last loaded, a load of it waiting, and a retry of home waiting. */
  let recoveryShownAt = -Infinity
  let recoveryLater: NodeJS.Timeout | undefined
  let retrying = false
  // Crash times and the throttle run on a clock a time sync cannot put back.
  const tick = () => performance.now()
  let hang: NodeJS.Timeout | undefined

  const load = (url: string) => {
    if (win.isDestroyed()) return
    contents.loadURL(url).catch((error: unknown) => {
      logIncident('load-error', { url, ...errorDetail(error) })
    })
  }
  const later = (ms: number, action: () => void) => {
    clearTimeout(pending)
    pending = setTimeout(action, ms)
  }
  const loadHome = () => {
    // A recovery page still waiting to load must not replace home once it is back.
    clearTimeout(recoveryLater)
    recoveryLater = undefined
    load(home)
  }
  /**
   * The plain page at most once a second: a renderer that dies on it too (it cannot start at
   * all) is not started again in a tight loop. A load held back comes when the second is up.
   */
  const showRecovery = () => {
    const wait = recoveryShownAt + policy.baseDelayMs - tick()
    if (wait > 0) {
      recoveryLater ??= setTimeout(() => {
        recoveryLater = undefined
        recoveryShownAt = tick()
        load(RECOVERY_URL)
      }, wait)
      return
    }
    recoveryShownAt = tick()
    load(RECOVERY_URL)
  }
  const failed = (reason: string, detail: Record<string, unknown>) => {
    if (win.isDestroyed()) return
    const now = tick()
    crashes = recentCrashes([...crashes, now], now, policy.crashWindowMs)
    const decision = decideOnCrash({ reason, history: crashes, now, recoveryAttempts }, policy)
    logIncident('renderer-gone', { reason, ...detail, decision })
    if (decision.action === 'reload') {
      recoveryAttempts = 0
      retrying = false
      later(decision.delayMs, loadHome)
    } else if (decision.action === 'show-recovery') {
      showRecovery()
      // One retry of home at a time: crashes meanwhile neither push it back nor add another.
      if (!retrying) {
        recoveryAttempts += 1
        retrying = true
        later(decision.retryMs, () => {
          retrying = false
          loadHome()
        })
      }
    }
  }

  contents.on('render-process-gone', (_event, details) => {
    clearTimeout(hang)
    failed(details.reason, { exitCode: details.exitCode })
  })
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is ERR_ABORTED: a navigation replaced by another, not a failure.
    if (!isMainFrame || code === -3) return
    failed('load-failed', { code, description, url: url.slice(0, 200) })
  })
  contents.on('unresponsive', () => {
    clearTimeout(hang)
    hang = setTimeout(() => {
      logIncident('renderer-hung', { graceMs: policy.unresponsiveGraceMs })
      // Killing it emits render-process-gone, which reloads with back-off.
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer()
    }, policy.unresponsiveGraceMs)
  })
  contents.on('responsive', () => clearTimeout(hang))
  contents.on('preload-error', (_event, path, error) => {
    logIncident('preload-error', { path, ...errorDetail(error) })
  })
  win.on('closed', () => {
    clearTimeout(pending)
    clearTimeout(recoveryLater)
    clearTimeout(hang)
  })
  load(home)
}
