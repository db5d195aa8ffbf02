import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, Menu, resetElectron } from '../../fakes/electron'
import { isOurWebContents, ourWebContents, setupWindow } from '../../../../electron/main/window'

vi.mock('electron', () => import('../../fakes/electron'))

const preload = '/app/out/preload/index.cjs'

describe('setupWindow', () => {
  beforeEach(() => resetElectron())

  it('creates the window with exactly the secure webPreferences', () => {
    setupWindow({ preload, production: true })
    const created = BrowserWindow.created[0]
    expect(created?.options.webPreferences).toEqual({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    })
    expect(created?.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })

  it('is a fullscreen kiosk in production and a 1920×1080 window in development', () => {
    setupWindow({ preload, production: true })
    setupWindow({ preload, production: false })
    const [prod, dev] = BrowserWindow.created
    expect(prod?.options).toMatchObject({ kiosk: true, fullscreen: true, show: false })
    expect(dev?.options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      width: 1920,
      height: 1080,
    })
    expect(dev?.options.webPreferences).toMatchObject({ devTools: true, sandbox: true })
  })

  it('removes the application menu and shows only when ready', () => {
    setupWindow({ preload, production: true })
    const win = BrowserWindow.created[0]
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    expect(win?.show).not.toHaveBeenCalled()
    win?.emit('ready-to-show')
    expect(win?.show).toHaveBeenCalledOnce()
    expect(win?.options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('knows its own webContents and forgets them when destroyed', () => {
    setupWindow({ preload, production: true })
    const contents = BrowserWindow.created[0]!.webContents
    const stranger = new BrowserWindow().webContents
    expect(isOurWebContents(contents as never)).toBe(true)
    expect(isOurWebContents(stranger as never)).toBe(false)
    contents.destroy()
    expect(isOurWebContents(contents as never)).toBe(false)
    expect(ourWebContents()).not.toContain(contents)
  })
})
