import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, resetElectron } from '../../fakes/electron'
import { setupHeartbeat } from '../../../../electron/main/heartbeat'
import { restartApp } from '../../../../electron/main/lifecycle'
import { runWatchdog, setupSupervisor } from '../../../../electron/main/supervisor'
import type { KioskChild } from '../../../../electron/main/supervisor'
import {
  HEARTBEAT_ENV,
  RESTART_NOW_CODE,
  SUPERVISED_ENV,
  SUPERVISOR_POLICY as P,
} from '../../../../electron/main/supervisor-policy'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))
const spawned = vi.hoisted(
  () => [] as Array<{ command: string; args: string[]; env: NodeJS.ProcessEnv }>,
)
vi.mock('node:child_process', () => ({
  spawn: (command: string, args: string[], opts: { env: NodeJS.ProcessEnv }) => {
    spawned.push({ command, args, env: opts.env })
    return Object.assign(new EventEmitter(), { kill: () => true })
  },
}))

class FakeKiosk extends EventEmitter implements KioskChild {
  kills: Array<string | undefined> = []
  kill(signal?: NodeJS.Signals): boolean {
    this.kills.push(signal)
    return true
  }
  die(code: number | null, signal: string | null = null): void {
    this.emit('exit', code, signal)
  }
}

function watchdog(beats: { last: number | null } = { last: null }) {
  const kiosks: FakeKiosk[] = []
  const done = vi.fn()
  const stop = runWatchdog({
    start: () => {
      const k = new FakeKiosk()
      kiosks.push(k)
      return k
    },
    lastBeat: () => beats.last,
    now: Date.now,
    log: () => undefined,
    done,
  })
  return { kiosks, done, stop }
}

describe('the watchdog loop', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('starts the kiosk again after a crash, with back-off', async () => {
    const w = watchdog()
    expect(w.kiosks).toHaveLength(1)
    w.kiosks[0]!.die(null, 'SIGSEGV')
    await vi.advanceTimersByTimeAsync(P.baseDelayMs - 1)
    expect(w.kiosks).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(w.kiosks).toHaveLength(2)
    w.kiosks[1]!.die(1)
    await vi.advanceTimersByTimeAsync(2 * P.baseDelayMs - 1)
    expect(w.kiosks).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(w.kiosks).toHaveLength(3)
    w.stop()
  })

  it('kills a kiosk that stopped beating, and starts a new one', async () => {
    const beats = { last: null as number | null }
    const w = watchdog(beats)
    beats.last = Date.now() + P.startGraceMs
    await vi.advanceTimersByTimeAsync(P.startGraceMs + P.hungAfterMs - P.heartbeatEveryMs)
    expect(w.kiosks[0]!.kills).toEqual([])
    await vi.advanceTimersByTimeAsync(P.heartbeatEveryMs)
    expect(w.kiosks[0]!.kills).toEqual(['SIGKILL'])
    w.kiosks[0]!.die(null, 'SIGKILL')
    await vi.advanceTimersByTimeAsync(P.baseDelayMs)
    expect(w.kiosks).toHaveLength(2)
    w.stop()
  })

  it('leaves when the kiosk quits on purpose, and restarts at once when asked', async () => {
    const w = watchdog()
    w.kiosks[0]!.die(RESTART_NOW_CODE)
    await vi.advanceTimersByTimeAsync(0)
    expect(w.kiosks).toHaveLength(2)
    w.kiosks[1]!.die(0)
    await vi.advanceTimersByTimeAsync(10 * P.maxDelayMs)
    expect(w.kiosks).toHaveLength(2)
    expect(w.done).toHaveBeenCalledOnce()
  })

  it('stop ends the kiosk and never starts another', async () => {
    const w = watchdog()
    w.stop()
    expect(w.kiosks[0]!.kills).toHaveLength(1)
    w.kiosks[0]!.die(null, 'SIGTERM')
    await vi.advanceTimersByTimeAsync(10 * P.maxDelayMs)
    expect(w.kiosks).toHaveLength(1)
  })
})

describe('setupSupervisor', () => {
  const argv = process.argv
  beforeEach(() => {
    resetElectron()
    spawned.length = 0
  })
  afterEach(() => {
    process.argv = argv
    vi.unstubAllEnvs()
  })

  it('does nothing without --supervise', () => {
    process.argv = ['/opt/cunwu-kiosk']
    expect(setupSupervisor()).toBe(false)
    expect(spawned).toHaveLength(0)
  })

  it('with --supervise runs the same executable as the kiosk, watched, under its own profile', () => {
    const profile = app.userData
    process.argv = ['/opt/cunwu-kiosk', '--supervise', '--no-sandbox-never-mind']
    expect(setupSupervisor()).toBe(true)
    expect(app.userData).toBe(join(profile, 'watchdog'))
    expect(spawned).toHaveLength(1)
    expect(spawned[0]).toMatchObject({
      command: process.execPath,
      args: ['--no-sandbox-never-mind'],
    })
    expect(spawned[0]!.env[SUPERVISED_ENV]).toBe('1')
    expect(spawned[0]!.env[HEARTBEAT_ENV]).toBe(join(profile, 'heartbeat'))
    app.emit('will-quit')
  })

  it('a second watchdog leaves at once', () => {
    process.argv = ['/opt/cunwu-kiosk', '--supervise']
    app.requestSingleInstanceLock.mockReturnValueOnce(false)
    expect(setupSupervisor()).toBe(true)
    expect(app.quit).toHaveBeenCalled()
    expect(spawned).toHaveLength(0)
  })
})

describe('the kiosk under the watchdog', () => {
  beforeEach(() => resetElectron())
  afterEach(() => vi.unstubAllEnvs())

  it('beats into the file the watchdog reads', () => {
    const file = join(tempDir('beat-'), 'heartbeat')
    vi.stubEnv(HEARTBEAT_ENV, file)
    setupHeartbeat()
    expect(Number(readFileSync(file, 'utf8'))).toBeGreaterThan(0)
  })

  it('does not beat when started by hand', () => {
    vi.stubEnv(HEARTBEAT_ENV, '')
    const dir = tempDir('beat-')
    setupHeartbeat()
    expect(existsSync(join(dir, 'heartbeat'))).toBe(false)
  })

  it('asks the watchdog to restart it instead of relaunching beside it', () => {
    vi.stubEnv(SUPERVISED_ENV, '1')
    restartApp()
    expect(app.relaunch).not.toHaveBeenCalled()
    expect(app.quit).toHaveBeenCalled()
    app.emit('quit')
    expect(app.exit).toHaveBeenCalledWith(RESTART_NOW_CODE)
  })
})
