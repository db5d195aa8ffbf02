import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, FakeEvent, resetElectron } from '../../fakes/electron'
import { setupRecovery } from '../../../../electron/main/recovery'

vi.mock('electron', () => import('../../fakes/electron'))

const HOME = 'app://kiosk/index.html'
const RECOVERY = 'app://kiosk/recovery.html'

function kiosk() {
  const win = new BrowserWindow()
  setupRecovery(win as never, HOME)
  const loads = () => win.webContents.loadURL.mock.calls.map(([url]) => url)
  const crash = (reason = 'crashed') =>
    win.webContents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 1 })
  return { win, loads, crash }
}

describe('setupRecovery', () => {
  beforeEach(() => {
    resetElectron()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('loads the home page at once', () => {
    expect(kiosk().loads()).toEqual([HOME])
  })

  it('reloads home after a crash, after the back-off delay', () => {
    const k = kiosk()
    k.crash()
    vi.advanceTimersByTime(999)
    expect(k.loads()).toEqual([HOME])
    vi.advanceTimersByTime(1)
    expect(k.loads()).toEqual([HOME, HOME])
  })

  it('shows the recovery page after repeated crashes, then retries home', () => {
    const k = kiosk()
    k.crash()
    vi.advanceTimersByTime(1_000)
    k.crash()
    vi.advanceTimersByTime(2_000)
    k.crash()
    expect(k.loads().at(-1)).toBe(RECOVERY)
    vi.advanceTimersByTime(30_000)
    expect(k.loads().at(-1)).toBe(HOME)
  })

  it('a renderer that dies at once on every page is not started again in a tight loop', () => {
    const k = kiosk()
    k.crash('launch-failed')
    vi.advanceTimersByTime(1_000)
    k.crash('launch-failed')
    vi.advanceTimersByTime(2_000)
    k.crash('launch-failed') // the recovery page now
    const before = k.loads().length
    // The recovery page's renderer fails too, a hundred times within a millisecond.
    for (let i = 0; i < 100; i++) k.crash('launch-failed')
    expect(k.loads().length - before).toBeLessThanOrEqual(1)
    // Still failing every tenth of a second: home is retried on time all the same.
    for (let i = 0; i < 300; i++) {
      vi.advanceTimersByTime(100)
      k.crash('launch-failed')
    }
    expect(
      k
        .loads()
        .slice(before)
        .filter((u) => u === HOME),
    ).toHaveLength(1)
    expect(k.loads().length - before).toBeLessThan(40)
  })

  it('a recovery page that crashes soon after loading is shown again, not left blank', () => {
    const k = kiosk()
    k.crash()
    vi.advanceTimersByTime(1_000)
    k.crash()
    vi.advanceTimersByTime(2_000)
    k.crash()
    expect(k.loads().at(-1)).toBe(RECOVERY)
    const n = k.loads().length
    vi.advanceTimersByTime(500)
    k.crash() // the recovery page's renderer dies once, half a second in
    vi.advanceTimersByTime(1_000)
    expect(k.loads().slice(n)).toEqual([RECOVERY])
    // The retry of home still comes on time, and no late recovery load replaces it.
    vi.advanceTimersByTime(28_500)
    expect(k.loads().at(-1)).toBe(HOME)
    vi.advanceTimersByTime(5_000)
    expect(k.loads().at(-1)).toBe(HOME)
  })

  it('a clock put back (a time sync) does not stop the recovery page from showing', () => {
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'))
    const k = kiosk()
    k.crash()
    vi.advanceTimersByTime(1_000)
    k.crash()
    vi.advanceTimersByTime(2_000)
    k.crash()
    vi.advanceTimersByTime(30_000)
    expect(k.loads().at(-1)).toBe(HOME)
    vi.setSystemTime(new Date('2026-12-06T11:00:00Z'))
    k.crash()
    vi.advanceTimersByTime(1_000)
    k.crash()
    vi.advanceTimersByTime(2_000)
    k.crash()
    expect(k.loads().at(-1)).toBe(RECOVERY)
  })

  it('kills a renderer that stays unresponsive, and spares one that recovers', () => {
    const k = kiosk()
    k.win.webContents.emit('unresponsive')
    vi.advanceTimersByTime(5_000)
    k.win.webContents.emit('responsive')
    vi.advanceTimersByTime(60_000)
    expect(k.win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled()
    k.win.webContents.emit('unresponsive')
    vi.advanceTimersByTime(10_000)
    expect(k.win.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce()
  })

  it('retries a failed main-frame load but ignores aborted ones', () => {
    const k = kiosk()
    k.win.webContents.emit('did-fail-load', new FakeEvent(), -3, 'ERR_ABORTED', HOME, true)
    k.win.webContents.emit('did-fail-load', new FakeEvent(), -6, 'ERR_FILE_NOT_FOUND', HOME, false)
    vi.advanceTimersByTime(60_000)
    expect(k.loads()).toEqual([HOME])
    k.win.webContents.emit('did-fail-load', new FakeEvent(), -6, 'ERR_FILE_NOT_FOUND', HOME, true)
    vi.advanceTimersByTime(1_000)
    expect(k.loads()).toEqual([HOME, HOME])
  })

  it('does nothing once the window is gone', () => {
    const k = kiosk()
    k.win.destroyed = true
    k.crash('clean-exit')
    k.crash()
    vi.advanceTimersByTime(60_000)
    expect(k.loads()).toEqual([HOME])
  })
})
