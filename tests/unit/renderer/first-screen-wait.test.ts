import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { answeredOrAfter } from '../../../renderer/src/first-screen'
import { deferred as pending } from '../fakes/deferred'

describe('the first screen waits for its answers, but not for long', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('is drawn as soon as the last answer is in', async () => {
    const route = pending()
    const home = pending()
    let drawn = false
    void answeredOrAfter([route.promise, home.promise], 200).then(() => (drawn = true))
    route.resolve()
    await vi.advanceTimersByTimeAsync(10)
    expect(drawn).toBe(false) // the home summary is still on its way
    home.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(drawn).toBe(true)
    expect(vi.getTimerCount()).toBe(0) // the fallback timer is gone
  })

  it('is drawn after the wait when core is slow, with whatever has come', async () => {
    const home = pending()
    let drawn = false
    void answeredOrAfter([Promise.resolve(), home.promise], 200).then(() => (drawn = true))
    await vi.advanceTimersByTimeAsync(199)
    expect(drawn).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(drawn).toBe(true)
  })

  it('is drawn when an answer fails (the screen shows the error), never left undrawn', async () => {
    const route = pending()
    let drawn = false
    void answeredOrAfter([route.promise], 200).then(() => (drawn = true))
    route.reject(new Error('核心没有回答'))
    await vi.advanceTimersByTimeAsync(0)
    expect(drawn).toBe(true)
  })
})

describe('the shell draws nothing until the first answers are in', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 16))
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows the first screen when its answers are in, and says so after the frame that shows it', async () => {
    vi.resetModules()
    const { firstScreenReady, showFirstScreenWhen } =
      await import('../../../renderer/src/first-screen')
    const home = pending()
    let painted = false
    void showFirstScreenWhen([home.promise]).then(() => (painted = true))
    await vi.advanceTimersByTimeAsync(50)
    expect(firstScreenReady.value).toBe(false)
    home.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(firstScreenReady.value).toBe(true)
    expect(painted).toBe(false) // not before the frame
    await vi.advanceTimersByTimeAsync(16) // the frame, then the task after it
    expect(painted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(painted).toBe(true)
  })
})
