/**
 * The watchdog: `cunwu-kiosk --supervise` (started by Task Scheduler or a systemd user unit,
 * see docs/deploy.md) runs the kiosk as its child and starts it again when it crashes, is
 * killed or stops beating (a hung main thread), with back-off. It is the same executable, so
 * the hall PC needs no other runtime, and it opens no window.
 */
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import { logIncident, setupLog } from './log'
import { recentCrashes } from './recovery-policy'
import {
  decideOnExit,
  HEARTBEAT_ENV,
  beatsSeen,
  isHung,
  RESTART_NOW_CODE,
  SUPERVISED_ENV,
  SUPERVISOR_POLICY,
  type SupervisorPolicy,
} from './supervisor-policy'

/** The command-line flag that makes this executable the watchdog instead of the kiosk. */
export const SUPERVISE_FLAG = '--supervise'

/** The part of a ChildProcess the loop uses (the unit tests fake exactly this). */
export interface KioskChild {
  kill(signal?: NodeJS.Signals): boolean
  once(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown
}

/** Everything the loop touches, passed in so tests drive it with a fake child and clock. */
export interface WatchdogDeps {
  start(): KioskChild
  /** When the kiosk last beat (ms), or null if it never has. */
  lastBeat(): number | null
  now(): number
  log(kind: string, detail: Record<string, unknown>): void
  /** The kiosk quit on purpose: the watchdog leaves too. */
  done(): void
  policy?: SupervisorPolicy
}

/** Starts the kiosk and keeps it running; returns stop(), which ends the kiosk and the loop. */
export function runWatchdog(deps: WatchdogDeps): () => void {
  const policy = deps.policy ?? SUPERVISOR_POLICY
  let child: KioskChild | null = null
  let startedAt = 0
  let deaths: number[] = []
  let stopped = false
  let restart: NodeJS.Timeout | undefined

  const launch = () => {
    if (stopped) return
    startedAt = deps.now()
    const c = deps.start()
    child = c
    c.once('exit', (code, signal) => {
      if (child === c) child = null
      if (!stopped) onExit(code, signal)
    })
  }
  const onExit = (code: number | null, signal: string | null) => {
    const now = deps.now()
    if (code !== RESTART_NOW_CODE)
      deaths = recentCrashes([...deaths, now], now, policy.crashWindowMs)
    const decision = decideOnExit({ code, signal }, deaths, now, policy)
    deps.log('kiosk-exited', { code, signal, decision })
    if (decision.action === 'stop') return stop(deps.done)
    restart = setTimeout(launch, decision.delayMs)
  }
  const check = setInterval(() => {
    if (!child || !isHung(startedAt, deps.lastBeat(), deps.now(), policy)) return
    deps.log('kiosk-hung', { hungAfterMs: policy.hungAfterMs })
    child.kill('SIGKILL')
  }, policy.heartbeatEveryMs)

  function stop(then?: () => void): void {
    stopped = true
    clearTimeout(restart)
    clearInterval(check)
    child?.kill()
    then?.()
  }
  launch()
  return () => stop()
}

/** With `--supervise`, this process becomes the watchdog and returns true; otherwise false. */
export function setupSupervisor(): boolean {
  if (!process.argv.includes(SUPERVISE_FLAG)) return false
  const heartbeat = join(app.getPath('userData'), 'heartbeat')
  // Its own profile: the kiosk child needs the single-instance lock of the real one.
  app.setPath('userData', join(app.getPath('userData'), 'watchdog'))
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return true
  }
  setupLog()
  app.disableHardwareAcceleration()
  const args = process.argv.slice(1).filter((a) => a !== SUPERVISE_FLAG)
  const env = { ...process.env, [SUPERVISED_ENV]: '1', [HEARTBEAT_ENV]: heartbeat }
  const now = () => performance.now()
  const mtime = () => {
    try {
      return statSync(heartbeat).mtimeMs
    } catch {
      return null
    }
  }
  const stop = runWatchdog({
    start: () => spawn(process.execPath, args, { env, stdio: 'inherit' }),
    lastBeat: beatsSeen(mtime, now),
    now,
    log: logIncident,
    done: () => app.quit(),
  })
  app.once('will-quit', stop)
  return true
}
