import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, FakeEvent, resetElectron } from '../../fakes/electron'
import { restartApp, setupFailedStart, setupShutdown } from '../../../../electron/main/lifecycle'

vi.mock('electron', () => import('../../fakes/electron'))

describe('lifecycle', () => {
  beforeEach(() => resetElectron())

  it('closes core before the process may exit', async () => {
    let finish = () => {}
    const core = { close: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) }
    setupShutdown(core)
    const first = new FakeEvent()
    app.emit('will-quit', first)
    expect(first.defaultPrevented).toBe(true)
    expect(core.close).toHaveBeenCalledOnce()
    expect(app.quit).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce())
    const second = new FakeEvent()
    app.emit('will-quit', second)
    expect(second.defaultPrevented).toBe(false)
  })

  it('quits when the last window closes', () => {
    setupShutdown({ close: async () => undefined })
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalled()
  })

  it('restarts by relaunching and quitting', () => {
    restartApp()
    expect(app.relaunch).toHaveBeenCalledOnce()
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('shows the recovery page when the start failed, and retries in a minute', () => {
    vi.useFakeTimers()
    try {
      setupFailedStart(new Error('data folder unreadable'), { preload: '/p.cjs', production: true })
      const win = BrowserWindow.created[0]
      expect(win?.webContents.loadURL).toHaveBeenCalledWith('app://kiosk/recovery.html')
      vi.advanceTimersByTime(60_000)
      expect(app.relaunch).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })

  it('says plainly when another program holds the data folder, and retries in a minute', async () => {
    vi.useFakeTimers()
    try {
      const { FolderBusy } = await import('../../../../electron/core/store/folder-lock')
      setupFailedStart(new FolderBusy(null), { preload: '/p.cjs', production: true })
      const win = BrowserWindow.created[0]
      expect(win?.webContents.loadURL).toHaveBeenCalledWith('app://kiosk/folder-busy.html')
      vi.advanceTimersByTime(60_000)
      expect(app.relaunch).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })
})
