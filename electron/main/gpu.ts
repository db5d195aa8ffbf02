/**
 * Some hall PCs have GPU drivers that crash again and again. After repeated GPU crashes the
 * kiosk restarts once in software rendering and stays so until the app is updated.
 */
import { app } from 'electron'
import { logIncident } from './log'
import { DEFAULT_POLICY, gpuOffAtStart, recentCrashes, shouldDisableGpu } from './recovery-policy'
import { readShellState, writeShellState } from './shell-state'

/** Before ready: applies the remembered fallback, then watches GPU crashes; `restart` relaunches the app. */
export function setupGpuFallback(restart: () => void): void {
  const state = readShellState()
  const off = gpuOffAtStart(state.gpuOffForVersion, app.getVersion())
  if (off) {
    app.disableHardwareAcceleration()
    logIncident('gpu-off-at-start', { version: app.getVersion() })
  }
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU' || details.reason === 'clean-exit') return
    const now = Date.now()
    const current = readShellState()
    const gpuCrashes = recentCrashes(
      [...current.gpuCrashes, now],
      now,
      DEFAULT_POLICY.gpuCrashWindowMs,
    )
    const disable = !off && shouldDisableGpu(gpuCrashes, now)
    const next = {
      ...current,
      gpuCrashes: disable ? [] : gpuCrashes,
      gpuOffForVersion: disable ? app.getVersion() : current.gpuOffForVersion,
    }
    try {
      writeShellState(next)
    } catch (error) {
      logIncident('shell-state-unwritable', { error: String(error) })
    }
    logIncident('gpu-gone', { reason: details.reason, exitCode: details.exitCode, disable })
    if (disable) restart()
  })
}
