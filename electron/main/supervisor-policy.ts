/**
 * When the watchdog starts the kiosk again, as plain functions of exit codes, heartbeats and
 * the clock (no I/O, no timers), so every decision is unit-tested without Electron.
 */
import { backoffMs, recentCrashes } from './recovery-policy'

/** Set in the kiosk's environment by the watchdog: the kiosk then beats and exits, not relaunches. */
export const SUPERVISED_ENV = 'CUNWU_SUPERVISED'
/** The file the kiosk touches on every heartbeat (absolute path, in the environment). */
export const HEARTBEAT_ENV = 'CUNWU_HEARTBEAT'
/** Exit code by which the kiosk asks to be started again at once (e.g. after turning the GPU off). */
export const RESTART_NOW_CODE = 75

/** The watchdog's delays and limits, in one place so the tests and docs/deploy.md agree. */
export interface SupervisorPolicy {
  baseDelayMs: number
  maxDelayMs: number
  /** Deaths older than this are forgiven. */
  crashWindowMs: number
  /** How often a healthy kiosk beats. */
  heartbeatEveryMs: number
  /** No beat for this long (and never in the first `startGraceMs`) means main is hung. */
  hungAfterMs: number
  startGraceMs: number
}

/** Patient enough for a slow hall PC, quick enough that villagers rarely see a blank screen. */
export const SUPERVISOR_POLICY: SupervisorPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  crashWindowMs: 30 * 60_000,
  heartbeatEveryMs: 10_000,
  hungAfterMs: 60_000,
  startGraceMs: 120_000,
}

/** What the watchdog does after the kiosk exits. */
export type ExitDecision = { action: 'stop' } | { action: 'restart'; delayMs: number }

/**
 * After the kiosk exits: 0 is a deliberate quit (the admin's 退出程序, the OS logging off), so
 * the watchdog stops too; RESTART_NOW_CODE starts again at once; anything else (a crash, a
 * kill after a hang, a signal) starts again after a delay that doubles with each recent death.
 */
export function decideOnExit(
  exit: { code: number | null; signal: string | null },
  deaths: readonly number[],
  now: number,
  policy: SupervisorPolicy = SUPERVISOR_POLICY,
): ExitDecision {
  if (exit.code === 0 && exit.signal === null) return { action: 'stop' }
  if (exit.code === RESTART_NOW_CODE) return { action: 'restart', delayMs: 0 }
  const recent = recentCrashes(deaths, now, policy.crashWindowMs)
  return {
    action: 'restart',
    delayMs: backoffMs(Math.max(1, recent.length), policy.baseDelayMs, policy.maxDelayMs),
  }
}

/** True when the kiosk has stopped beating: its main thread is stuck and only a kill helps. */
export function isHung(
  startedAt: number,
  lastBeat: number | null,
  now: number,
  policy: SupervisorPolicy = SUPERVISOR_POLICY,
): boolean {
  if (now - startedAt < policy.startGraceMs) return false
  const since = Math.max(startedAt, lastBeat ?? 0)
  return now - since >= policy.hungAfterMs
}

/**
 * When (on the watchdog's own monotonic clock) the heartbeat file last changed, or null before
 * the first beat it saw. The file's mtime is wall-clock time, which a time sync moves by minutes
 * or hours on a hall PC with a dead CMOS battery: compared with the wall clock, a jump forward
 * would look like a hang (a healthy kiosk killed) and a jump back would hide a real one. So only
 * the mtime changing counts, timed by `now`.
 */
export function beatsSeen(mtime: () => number | null, now: () => number): () => number | null {
  let last: number | null = null
  let seenAt: number | null = null
  return () => {
    const m = mtime()
    if (m !== null && m !== last) {
      last = m
      seenAt = now()
    }
    return seenAt
  }
}
