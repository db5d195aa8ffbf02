/**
 * The kiosk's one window, set up per Electron's security checklist. Main remembers which
 * webContents it created, so IPC and pushes go only to them.
 */
import { BrowserWindow, Menu } from 'electron'
import type { WebContents } from 'electron'

export interface WindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preload: string
  /** Kiosk fullscreen without devtools; otherwise a 1920×1080 window for development. */
  production: boolean
}

const ours = new Map<number, WebContents>()
/** Shown even if the first paint never comes, so the hall never sees a bare desktop. */
const SHOW_ANYWAY_MS = 10_000

/** Creates the locked-down window (not yet loaded: recovery decides what it shows). */
export function setupWindow(opts: WindowOptions): BrowserWindow {
  Menu.setApplicationMenu(null)
  const win = new BrowserWindow({
    width: 1920,
    height: 1080,
    show: false,
    kiosk: opts.production,
    fullscreen: opts.production,
    autoHideMenuBar: true,
    backgroundColor: '#eef4f1',
    title: '村务公开',
    webPreferences: {
      // eng-disable PRELOAD_JS_CHECK (next line), reviewed: the preload exposes only invoke and
      // onChanged and checks every method name; tests/unit/electron/preload pins that surface.
      /* eng-disable PRELOAD_JS_CHECK @preserve */ preload: opts.preload,
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
      // A middle click would try to open a new window; there is no mouse, but no reason to allow it.
      disableBlinkFeatures: 'Auxclick',
      devTools: !opts.production,
    },
  })
  adoptWebContents(win.webContents)
  const show = () => {
    if (!win.isDestroyed() && !win.isVisible()) win.show()
  }
  win.once('ready-to-show', show)
  setTimeout(show, SHOW_ANYWAY_MS).unref()
  return win
}

/** Counts a webContents main created (the main window, the hidden 公开表 printer) as ours. */
export function adoptWebContents(contents: WebContents): void {
  const id = contents.id
  ours.set(id, contents)
  contents.once('destroyed', () => ours.delete(id))
}

/** True only for a live webContents this file created: the IPC sender check rests on it. */
export function isOurWebContents(contents: WebContents): boolean {
  return ours.get(contents.id) === contents && !contents.isDestroyed()
}

/** Our live webContents, for the `changed` push. */
export function ourWebContents(): WebContents[] {
  return [...ours.values()].filter((c) => !c.isDestroyed())
}
