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
  const failed = (reason: string, detail: Record<string, unknown>) => {
    if (win.isDestroyed()) return
    const now = Date.now()
    crashes = recentCrashes([...crashes, now], now, policy.crashWindowMs)
    const decision = decideOnCrash({ reason, history: crashes, now, recoveryAttempts }, policy)
    logIncident('renderer-gone', { reason, ...detail, decision })
    if (decision.action === 'reload') {
      recoveryAttempts = 0
      later(decision.delayMs, () => load(home))
    } else if (decision.action === 'show-recovery') {
      recoveryAttempts += 1
      load(RECOVERY_URL)
      later(decision.retryMs, () => load(home))
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
    clearTimeout(hang)
  })
  load(home)
}
