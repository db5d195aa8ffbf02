import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, FakeEvent, resetElectron, session, shell } from '../../fakes/electron'
import { setupSecurity } from '../../../../electron/main/security'

vi.mock('electron', () => import('../../fakes/electron'))

const ses = session.defaultSession

describe('setupSecurity', () => {
  beforeEach(() => {
    resetElectron()
    delete process.env.ELECTRON_RENDERER_URL
    setupSecurity()
  })

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
  ])('denies the permission request %s', (permission) => {
    const callback = vi.fn()
    ses.permissionRequestHandler?.({} as never, permission as never, callback as never)
    expect(callback).toHaveBeenCalledWith(false)
  })

  it('answers every permission check and device request with no', () => {
    expect(ses.permissionCheckHandler?.()).toBe(false)
    expect(ses.devicePermissionHandler?.()).toBe(false)
  })

  it('denies window.open for any URL', () => {
    const contents = new BrowserWindow().webContents
    for (const url of ['https://example.com/', 'app://kiosk/index.html', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url } as never)).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it.each([
    ['will-navigate', 'https://example.com/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-navigate', 'javascript:alert(1)'],
    ['will-frame-navigate', 'http://localhost:5173/'],
    ['will-redirect', 'https://evil.example/'],
    ['will-navigate', 'app://other/index.html'],
  ])('prevents %s to %s', (event, url) => {
    const contents = new BrowserWindow().webContents
    const e = new FakeEvent({ url })
    contents.emit(event, e)
    expect(e.defaultPrevented).toBe(true)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'allows %s within app://kiosk',
    (event) => {
      const contents = new BrowserWindow().webContents
      const e = new FakeEvent({ url: 'app://kiosk/index.html#/ledger' })
      contents.emit(event, e)
      expect(e.defaultPrevented).toBe(false)
    },
  )

  it('prevents attaching a webview', () => {
    const contents = new BrowserWindow().webContents
    const e = new FakeEvent()
    contents.emit('will-attach-webview', e, {}, { src: 'https://example.com/' })
    expect(e.defaultPrevented).toBe(true)
  })

  it('cancels network requests; the kiosk is offline', () => {
    const hook = ses.beforeRequest
    expect(hook?.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'file:///*']),
    )
    const callback = vi.fn()
    hook?.listener({ url: 'https://tracker.example/x.js' } as never, callback as never)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })

  it('lets only the dev server through, and only in development', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    try {
      const verdict = (url: string) => {
        const callback = vi.fn()
        ses.beforeRequest?.listener({ url } as never, callback as never)
        return callback.mock.calls[0]?.[0]
      }
      expect(verdict('ws://localhost:5173/')).toEqual({ cancel: false })
      expect(verdict('http://localhost:5173/src/main.ts')).toEqual({ cancel: false })
      expect(verdict('http://localhost:8080/')).toEqual({ cancel: true })
      app.isPackaged = true
      expect(verdict('http://localhost:5173/src/main.ts')).toEqual({ cancel: true })
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
