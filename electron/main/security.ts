/**
 * The rest of Electron's checklist, for every webContents ever created: no permissions, no
 * new windows, no navigation or redirect away from app://, no <webview>, no network.
 */
import { app, session } from 'electron'
import type { WebContents } from 'electron'
import { isTrustedUrl } from './app-origin'
import { logIncident } from './log'

/** The kiosk is offline: any request to these schemes is foreign unless it is our dev server. */
const NETWORK = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*']

/** Denies every permission and guards every webContents, before the first window exists. */
export function setupSecurity(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    logIncident('permission-denied', { permission })
    callback(false)
  })
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest({ urls: NETWORK }, (details, callback) => {
    // The dev server's hot reload talks ws:// to the same host as its http:// pages.
    const cancel = !isTrustedUrl(details.url.replace(/^ws(s?):/, 'http$1:'))
    if (cancel) logIncident('request-blocked', { url: details.url.slice(0, 200) })
    callback({ cancel })
  })
  app.on('web-contents-created', (_event, contents) => guard(contents))
}

function guard(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    logIncident('window-open-denied', { url: url.slice(0, 200) })
    return { action: 'deny' }
  })
  const stayHome = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isTrustedUrl(event.url)) return
    event.preventDefault()
    logIncident(kind, { url: event.url.slice(0, 200) })
  }
  contents.on('will-navigate', (event) => stayHome(event, 'navigation-blocked'))
  contents.on('will-frame-navigate', (event) => stayHome(event, 'navigation-blocked'))
  contents.on('will-redirect', (event) => stayHome(event, 'redirect-blocked'))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    logIncident('webview-blocked')
  })
}
