import { describe, expect, it } from 'vitest'
import {
  beatsSeen,
  decideOnExit,
  isHung,
  RESTART_NOW_CODE,
  SUPERVISOR_POLICY as P,
} from '../../../../electron/main/supervisor-policy'

const MIN = 60_000

describe('decideOnExit', () => {
  it('stops when the kiosk quit on purpose (exit 0: the admin’s 退出程序 or the OS logging off)', () => {
    expect(decideOnExit({ code: 0, signal: null }, [1], 1)).toEqual({ action: 'stop' })
  })

  it('starts again at once when the kiosk asks for it', () => {
    expect(decideOnExit({ code: RESTART_NOW_CODE, signal: null }, [], 5)).toEqual({
      action: 'restart',
      delayMs: 0,
    })
  })

  it('starts again after a crash, a kill or a signal, waiting longer after each recent death', () => {
    const now = 100 * MIN
    expect(decideOnExit({ code: 1, signal: null }, [now], now)).toEqual({
      action: 'restart',
      delayMs: P.baseDelayMs,
    })
    expect(decideOnExit({ code: null, signal: 'SIGKILL' }, [now - 1, now], now)).toEqual({
      action: 'restart',
      delayMs: 2 * P.baseDelayMs,
    })
    const many = Array.from({ length: 30 }, (_, i) => now - i)
    expect(decideOnExit({ code: 139, signal: null }, many, now)).toEqual({
      action: 'restart',
      delayMs: P.maxDelayMs,
    })
  })

  it('forgives deaths older than the window', () => {
    const now = 1000 * MIN
    const old = [now - P.crashWindowMs - 1, now - P.crashWindowMs - 2, now]
    expect(decideOnExit({ code: 1, signal: null }, old, now)).toMatchObject({
      delayMs: P.baseDelayMs,
    })
  })
})

describe('isHung', () => {
  it('gives a starting kiosk time before it must beat', () => {
    expect(isHung(0, null, P.startGraceMs - 1)).toBe(false)
  })

  it('is hung once no beat came for the limit after the grace', () => {
    expect(isHung(0, null, P.startGraceMs)).toBe(true)
    const beat = P.startGraceMs
    expect(isHung(0, beat, beat + P.hungAfterMs - 1)).toBe(false)
    expect(isHung(0, beat, beat + P.hungAfterMs)).toBe(true)
  })

  it('ignores a beat left by the previous run', () => {
    const started = 10 * MIN
    expect(isHung(started, started - 1, started + P.startGraceMs)).toBe(true)
  })
})

describe('beatsSeen: the heartbeat timed on the watchdog’s own clock, not the wall clock', () => {
  const HOUR = 60 * MIN

  it('a wall clock set an hour forward (time sync) does not make a beating kiosk look hung', () => {
    let wall = Date.parse('2026-01-01T08:00:00Z') // a dead CMOS battery's date
    let mono = P.startGraceMs
    let mtime: number | null = null
    const seen = beatsSeen(
      () => mtime,
      () => mono,
    )
    expect(seen()).toBeNull()
    for (let t = 0; t < 10; t++) {
      mono += P.heartbeatEveryMs
      wall += P.heartbeatEveryMs
      if (t === 5) wall += HOUR // time sync puts the date right
      mtime = wall // the kiosk beats
      expect(isHung(0, seen(), mono)).toBe(false)
    }
  })

  it('a wall clock set back does not hide a kiosk that stopped beating', () => {
    let mono = 0
    let mtime: number | null = Date.parse('2026-12-07T08:00:00Z')
    const seen = beatsSeen(
      () => mtime,
      () => mono,
    )
    mono = P.startGraceMs
    expect(seen()).toBe(P.startGraceMs)
    mtime! -= HOUR // the clock put back an hour, then the kiosk hangs: the mtime stays
    mono += P.hungAfterMs
    expect(isHung(0, seen(), mono)).toBe(false) // the one changed mtime still counts once
    mono += P.hungAfterMs
    expect(isHung(0, seen(), mono)).toBe(true)
  })
})
