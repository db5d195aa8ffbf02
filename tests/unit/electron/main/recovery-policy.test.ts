import { describe, expect, it } from 'vitest'
import {
  DEFAULT_POLICY,
  backoffMs,
  decideOnCrash,
  gpuOffAtStart,
  recentCrashes,
  shouldDisableGpu,
} from '../../../../electron/main/recovery-policy'

const MIN = 60_000
const now = 1_000 * MIN

describe('backoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n, 1_000, 60_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ])
  })

  it('treats nonsense attempts as the first and never overflows', () => {
    expect(backoffMs(0, 1_000, 60_000)).toBe(1_000)
    expect(backoffMs(-5, 1_000, 60_000)).toBe(1_000)
    expect(backoffMs(10_000, 1_000, 60_000)).toBe(60_000)
  })
})

describe('recentCrashes', () => {
  it('forgets crashes older than the window and ignores future times', () => {
    const times = [now - 11 * MIN, now - 5 * MIN, now, now + MIN, now - MIN]
    expect(recentCrashes(times, now, 10 * MIN)).toEqual([now - 5 * MIN, now - MIN, now])
  })
})

describe('decideOnCrash', () => {
  const decide = (history: number[], recoveryAttempts = 0, reason = 'crashed') =>
    decideOnCrash({ reason, history, now, recoveryAttempts })

  it('ignores a clean exit (the window is closing)', () => {
    expect(decide([now], 0, 'clean-exit')).toEqual({ action: 'ignore' })
  })

  it('reloads after a first crash, quickly', () => {
    expect(decide([now])).toEqual({ action: 'reload', delayMs: 1_000 })
  })

  it('backs off on a second crash within the window', () => {
    expect(decide([now - MIN, now])).toEqual({ action: 'reload', delayMs: 2_000 })
  })

  it('shows the recovery page after three crashes within ten minutes', () => {
    expect(decide([now - 4 * MIN, now - MIN, now])).toEqual({
      action: 'show-recovery',
      retryMs: 30_000,
    })
  })

  it('retries from the recovery page less and less often, up to ten minutes', () => {
    const history = [now - 2 * MIN, now - MIN, now]
    const retries = [0, 1, 2, 3, 4, 5, 6].map((n) => {
      const d = decide(history, n)
      return d.action === 'show-recovery' ? d.retryMs : -1
    })
    expect(retries).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000])
  })

  it('forgives old crashes: three crashes spread over an hour only reload', () => {
    expect(decide([now - 50 * MIN, now - 25 * MIN, now])).toEqual({
      action: 'reload',
      delayMs: 1_000,
    })
  })

  it('counts a failed load and a killed (hung) renderer like a crash', () => {
    expect(decide([now], 0, 'load-failed').action).toBe('reload')
    expect(decide([now - MIN, now - MIN, now], 0, 'killed').action).toBe('show-recovery')
  })
})

describe('GPU fallback', () => {
  it('turns hardware acceleration off after three GPU crashes in half an hour', () => {
    expect(shouldDisableGpu([now - 20 * MIN, now - 10 * MIN, now], now)).toBe(true)
    expect(shouldDisableGpu([now - 10 * MIN, now], now)).toBe(false)
    expect(shouldDisableGpu([now - 40 * MIN, now - 10 * MIN, now], now)).toBe(false)
  })

  it('keeps it off only for the app version that crashed', () => {
    expect(gpuOffAtStart('0.1.0', '0.1.0')).toBe(true)
    expect(gpuOffAtStart('0.1.0', '0.2.0')).toBe(false)
    expect(gpuOffAtStart(null, '0.1.0')).toBe(false)
  })

  it('has sane defaults', () => {
    expect(DEFAULT_POLICY.maxCrashesInWindow).toBeGreaterThan(1)
    expect(DEFAULT_POLICY.maxDelayMs).toBeLessThanOrEqual(DEFAULT_POLICY.maxRecoveryRetryMs)
  })
})
