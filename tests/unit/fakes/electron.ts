/**
 * The one shared fake of the 'electron' module for unit tests (this machine cannot run
 * Electron). It records what the code under test registers, so specs can drive the handlers
 * and inspect options. Install in a spec with:
 *   vi.mock('electron', () => import('../../fakes/electron'))
 * and call `resetElectron()` in beforeEach.
 */
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { vi } from 'vitest'
import { tempDir } from '../temp-dir'

type Fn = (...args: never[]) => unknown

/** An Electron event: records preventDefault and carries extra fields (url, isMainFrame…). */
export class FakeEvent {
  defaultPrevented = false;
  [field: string]: unknown
  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields)
  }
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export class FakeWebFrameMain {
  detached = false
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame = new FakeWebFrameMain('')
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  windowOpenHandler: Fn | null = null
  destroyed = false
  loadURL = vi.fn(async (url: string) => {
    this.mainFrame.url = url
  })
  setVisualZoomLevelLimits = vi.fn(async (_min: number, _max: number) => undefined)
  setZoomLevel = vi.fn()
  forcefullyCrashRenderer = vi.fn()
  openDevTools = vi.fn()
  /** What the page answers to main's scripts (the print view's readiness); set per test. */
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => 'yes')
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 fake'))
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  setWindowOpenHandler(handler: Fn): void {
    this.windowOpenHandler = handler
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Test helper: what Electron does when the page goes away. */
  destroy(): void {
    this.destroyed = true
    this.emit('destroyed')
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = []
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((w) => !w.destroyed)
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.created.find((w) => w.focused && !w.destroyed) ?? null
  }
  readonly webContents = new FakeWebContents()
  visible = false
  focused = false
  destroyed = false
  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    BrowserWindow.created.push(this)
    app.emit('web-contents-created', new FakeEvent(), this.webContents)
  }
  show = vi.fn(() => {
    this.visible = true
  })
  focus = vi.fn(() => {
    this.focused = true
  })
  restore = vi.fn()
  isMinimized = () => false
  isVisible = () => this.visible
  isDestroyed = () => this.destroyed
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }
  destroy = vi.fn(() => {
    this.destroyed = true
    this.webContents.destroy()
  })
  /** Test helper: emits 'close' like Electron; returns whether the close went through. */
  tryClose(): boolean {
    const event = new FakeEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return false
    this.destroyed = true
    this.emit('closed')
    this.webContents.destroy()
    return true
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  userData: '',
  getPath: vi.fn((name: string) => join(app.userData, name === 'userData' ? '' : name)),
  setPath: vi.fn((name: string, path: string) => {
    if (name === 'userData') app.userData = path
  }),
  getVersion: vi.fn(() => '0.1.0'),
  whenReady: vi.fn(async () => undefined),
  quit: vi.fn(),
  exit: vi.fn(),
  relaunch: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  setLoginItemSettings: vi.fn(),
  disableHardwareAcceleration: vi.fn(),
  /** Chromium switches set before ready, by name. */
  commandLine: {
    switches: new Map<string, string>(),
    appendSwitch: vi.fn((name: string, value = '') => {
      app.commandLine.switches.set(name, value)
    }),
    hasSwitch: (name: string) => app.commandLine.switches.has(name),
    getSwitchValue: (name: string) => app.commandLine.switches.get(name) ?? '',
  },
})

export const ipcMain = {
  handlers: new Map<string, Fn>(),
  handle: vi.fn((channel: string, handler: Fn) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    ipcMain.handlers.set(channel, handler)
  }),
  on: vi.fn(),
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: null })),
  send: vi.fn(),
  sendSync: vi.fn(),
})

export const contextBridge = {
  exposed: [] as Array<{ key: string; api: unknown }>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.push({ key, api })
  }),
}

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    protocol.privileged.push(...schemes)
  }),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler)
  }),
}

const sessionEvents = new EventEmitter()
const defaultSession = {
  /** Session events ('will-download'); a test emits them with `defaultSession.emit`. */
  on: vi.fn((event: string, listener: (...args: never[]) => void) => {
    sessionEvents.on(event, listener as (...args: unknown[]) => void)
  }),
  emit: (event: string, ...args: unknown[]) => sessionEvents.emit(event, ...args),
  permissionRequestHandler: null as Fn | null,
  permissionCheckHandler: null as Fn | null,
  devicePermissionHandler: null as Fn | null,
  beforeRequest: null as { filter: { urls: string[] }; listener: Fn } | null,
  setPermissionRequestHandler: vi.fn((h: Fn) => {
    defaultSession.permissionRequestHandler = h
  }),
  setPermissionCheckHandler: vi.fn((h: Fn) => {
    defaultSession.permissionCheckHandler = h
  }),
  setDevicePermissionHandler: vi.fn((h: Fn) => {
    defaultSession.devicePermissionHandler = h
  }),
  webRequest: {
    onBeforeRequest: vi.fn((filter: { urls: string[] }, listener: Fn) => {
      defaultSession.beforeRequest = { filter, listener }
    }),
  },
}
export const session = { defaultSession }

export const Menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn(), popup: vi.fn() }
export const dialog = {
  showOpenDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
      canceled: false,
      filePaths: ['/media/usb'],
    }),
  ),
}
/** A reversible stand-in for the OS keyring: 'enc:' + the text, so a test can see it was used. */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((text: string) => Buffer.from(`enc:${text}`)),
  decryptString: vi.fn((b: Buffer) => b.toString().replace(/^enc:/, '')),
}
export const powerSaveBlocker = { start: vi.fn(() => 1), stop: vi.fn() }
export const powerMonitor = new EventEmitter()
/** Must never be called: record text must not reach the OS's URL handlers. */
export const shell = { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() }

/**
 * A utility process whose other end belongs to the test: `port` is what the child sees as
 * `process.parentPort`. Messages cross asynchronously and by structured clone, as over a real
 * MessagePort; once the process has exited nothing crosses any more.
 */
export class FakeUtilityProcess extends EventEmitter {
  private readonly inbox = new EventEmitter()
  exited = false
  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown> = {},
  ) {
    super()
  }
  readonly port = {
    on: (event: 'message', listener: (event: { data: unknown }) => void) =>
      this.inbox.on(event, listener),
    postMessage: (message: unknown) => {
      const copy = structuredClone(message)
      setImmediate(() => {
        if (!this.exited) this.emit('message', copy)
      })
    },
  }
  postMessage(message: unknown): void {
    const copy = structuredClone(message)
    setImmediate(() => {
      if (!this.exited) this.inbox.emit('message', { data: copy })
    })
  }
  kill = vi.fn(() => {
    if (this.exited) return false
    this.exit(-9)
    return true
  })
  /** Test helper: the process is gone (crashed, killed, or left by itself). */
  exit(code: number): void {
    if (this.exited) return
    this.exited = true
    this.emit('exit', code)
  }
}

export const utilityProcess = {
  forked: [] as FakeUtilityProcess[],
  /** Set by a test to run the child's code in-process on each new fake process. */
  onFork: null as ((child: FakeUtilityProcess) => void) | null,
  fork: vi.fn((modulePath: string, _args?: string[], options?: Record<string, unknown>) => {
    const child = new FakeUtilityProcess(modulePath, options)
    utilityProcess.forked.push(child)
    utilityProcess.onFork?.(child)
    return child
  }),
}

/**
 * Fresh state for each test: registries emptied, spies cleared, a temp userData folder (removed
 * when the test ends).
 */
export function resetElectron(): void {
  vi.clearAllMocks()
  BrowserWindow.created = []
  app.removeAllListeners()
  app.isPackaged = false
  app.commandLine.switches.clear()
  app.userData = tempDir('kiosk-userdata-')
  ipcMain.handlers.clear()
  ipcRenderer.removeAllListeners()
  contextBridge.exposed.length = 0
  protocol.privileged.length = 0
  protocol.handlers.clear()
  defaultSession.permissionRequestHandler = null
  defaultSession.permissionCheckHandler = null
  defaultSession.devicePermissionHandler = null
  defaultSession.beforeRequest = null
  sessionEvents.removeAllListeners()
  powerMonitor.removeAllListeners()
  utilityProcess.forked.length = 0
  utilityProcess.onFork = null
}
