/**
 * How the kiosk heals itself, as plain functions of the crash history and the clock, so every
 * decision can be unit-tested without Electron. No I/O, no timers here.
 */

export interface RecoveryPolicy {
  /** First reload delay after a renderer crash; doubles with each recent crash. */
  baseDelayMs: number
  maxDelayMs: number
  /** Crashes older than this are forgiven. */
  crashWindowMs: number
  /** This many crashes inside the window switch to the plain recovery page. */
  maxCrashesInWindow: number
  /** First retry from the recovery page; doubles with each failed retry. */
  recoveryRetryMs: number
  maxRecoveryRetryMs: number
  /** How long a hung page may stay unresponsive before its renderer is killed. */
  unresponsiveGraceMs: number
  gpuCrashWindowMs: number
  /** This many GPU crashes inside the window turn hardware acceleration off for the next start. */
  maxGpuCrashes: number
}

export const DEFAULT_POLICY: RecoveryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  crashWindowMs: 10 * 60_000,
  maxCrashesInWindow: 3,
  recoveryRetryMs: 30_000,
  maxRecoveryRetryMs: 10 * 60_000,
  unresponsiveGraceMs: 10_000,
  gpuCrashWindowMs: 30 * 60_000,
  maxGpuCrashes: 3,
}

/** Exponential back-off (1 s, 2 s, 4 s … capped): a crash loop must never spin the CPU. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, Math.floor(attempt))
  return Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30))
}

/** The crash times still inside the window, oldest first; old crashes are forgiven. */
export function recentCrashes(times: readonly number[], now: number, windowMs: number): number[] {
  return times.filter((t) => t <= now && now - t < windowMs).sort((a, b) => a - b)
}

export type CrashDecision =
  | { action: 'ignore' }
  | { action: 'reload'; delayMs: number }
  | { action: 'show-recovery'; retryMs: number }

export interface CrashInput {
  /** RenderProcessGoneDetails.reason, or 'load-failed' when the page itself would not load. */
  reason: string
  /** Crash times including this one. */
  history: readonly number[]
  now: number
  /** How many times in a row the recovery page has already been shown. */
  recoveryAttempts: number
}

/** After a renderer is gone: reload with back-off, or after repeated crashes show the recovery page. */
export function decideOnCrash(
  input: CrashInput,
  policy: RecoveryPolicy = DEFAULT_POLICY,
): CrashDecision {
  // A clean exit is the window closing (shutdown, admin exit), not a crash.
  if (input.reason === 'clean-exit') return { action: 'ignore' }
  const recent = recentCrashes(input.history, input.now, policy.crashWindowMs)
  if (recent.length >= policy.maxCrashesInWindow) {
    const retryMs = backoffMs(
      input.recoveryAttempts + 1,
      policy.recoveryRetryMs,
      policy.maxRecoveryRetryMs,
    )
    return { action: 'show-recovery', retryMs }
  }
  return {
    action: 'reload',
    delayMs: backoffMs(recent.length, policy.baseDelayMs, policy.maxDelayMs),
  }
}

/** GPU crashes this often mean a broken driver: the next start should use software rendering. */
export function shouldDisableGpu(
  gpuCrashes: readonly number[],
  now: number,
  policy: RecoveryPolicy = DEFAULT_POLICY,
): boolean {
  return recentCrashes(gpuCrashes, now, policy.gpuCrashWindowMs).length >= policy.maxGpuCrashes
}

/** Whether hardware acceleration stays off at this start: only for the version that crashed. */
export function gpuOffAtStart(gpuOffForVersion: string | null, appVersion: string): boolean {
  return gpuOffForVersion !== null && gpuOffForVersion === appVersion
}
