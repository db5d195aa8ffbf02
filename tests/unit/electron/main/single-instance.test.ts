import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, FakeEvent, resetElectron } from '../../fakes/electron'
import { setupSingleInstance } from '../../../../electron/main/single-instance'

vi.mock('electron', () => import('../../fakes/electron'))

describe('setupSingleInstance', () => {
  beforeEach(() => resetElectron())

  it('quits a second instance before it touches anything', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false)
    expect(setupSingleInstance()).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
  })

  it('brings the first instance forward when a second one starts', () => {
    expect(setupSingleInstance()).toBe(true)
    const win = new BrowserWindow()
    app.emit('second-instance', new FakeEvent(), [], '/')
    expect(win.show).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
  })
})
