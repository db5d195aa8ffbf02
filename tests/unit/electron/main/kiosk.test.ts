import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BrowserWindow,
  FakeEvent,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  resetElectron,
} from '../../fakes/electron'
import { setupKiosk } from '../../../../electron/main/kiosk'
import { isBlockedKey } from '../../../../electron/main/kiosk-keys'
import type { KeyInput } from '../../../../electron/main/kiosk-keys'

vi.mock('electron', () => import('../../fakes/electron'))

const key = (code: string, key: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  code,
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
})
const ctrl = { control: true }

const blocked: Array<[string, KeyInput]> = [
  ['F5', key('F5', 'F5')],
  ['Ctrl+R', key('KeyR', 'r', ctrl)],
  ['Ctrl+Shift+R', key('KeyR', 'R', { control: true, shift: true })],
  ['Cmd+R', key('KeyR', 'r', { meta: true })],
  ['Alt+F4', key('F4', 'F4', { alt: true })],
  ['Ctrl+W', key('KeyW', 'w', ctrl)],
  ['Ctrl+Q', key('KeyQ', 'q', ctrl)],
  ['Ctrl+=', key('Equal', '=', ctrl)],
  ['Ctrl++', key('Equal', '+', { control: true, shift: true })],
  ['Ctrl+-', key('Minus', '-', ctrl)],
  ['Ctrl+0', key('Digit0', '0', ctrl)],
  ['Ctrl+numpad +', key('NumpadAdd', '+', ctrl)],
  ['F12', key('F12', 'F12')],
  ['Ctrl+Shift+I', key('KeyI', 'I', { control: true, shift: true })],
  ['Ctrl+Shift+J', key('KeyJ', 'J', { control: true, shift: true })],
  ['Ctrl+Shift+C', key('KeyC', 'C', { control: true, shift: true })],
  ['Cmd+Alt+I', key('KeyI', 'i', { meta: true, alt: true })],
  ['F11', key('F11', 'F11')],
  ['browser refresh key', key('', 'BrowserRefresh')],
]
const ordinary: Array<[string, KeyInput]> = [
  ['a', key('KeyA', 'a')],
  ['Shift+A', key('KeyA', 'A', { shift: true })],
  ['1', key('Digit1', '1')],
  ['Enter', key('Enter', 'Enter')],
  ['Backspace', key('Backspace', 'Backspace')],
  ['Space', key('Space', ' ')],
  ['Ctrl+C (copy)', key('KeyC', 'c', ctrl)],
  ['Ctrl+V (paste)', key('KeyV', 'v', ctrl)],
  ['Ctrl+A', key('KeyA', 'a', ctrl)],
  ['Tab', key('Tab', 'Tab')],
  ['=', key('Equal', '=')],
]

/** allowQuit() is one-way for the life of the process: each close test gets its own module. */
async function freshKiosk() {
  vi.resetModules()
  return import('../../../../electron/main/kiosk')
}

function production() {
  const win = new BrowserWindow()
  setupKiosk(win as never, true)
  return win
}

function press(win: BrowserWindow, input: KeyInput): boolean {
  const event = new FakeEvent()
  win.webContents.emit('before-input-event', event, { type: 'keyDown', ...input })
  return event.defaultPrevented
}

describe('kiosk keys', () => {
  beforeEach(() => resetElectron())

  it.each(blocked)('swallows %s in production', (_name, input) => {
    expect(isBlockedKey(input)).toBe(true)
    expect(press(production(), input)).toBe(true)
  })

  it.each(ordinary)('lets %s through', (_name, input) => {
    expect(isBlockedKey(input)).toBe(false)
    expect(press(production(), input)).toBe(false)
  })

  it('leaves keys alone in development', () => {
    const win = new BrowserWindow()
    setupKiosk(win as never, false)
    expect(press(win, key('KeyR', 'r', ctrl))).toBe(false)
  })
})

describe('kiosk window', () => {
  beforeEach(() => resetElectron())

  it('locks the visual zoom after each load and resets page zoom', async () => {
    const win = production()
    win.webContents.emit('did-finish-load')
    expect(win.webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1)
    win.webContents.emit('zoom-changed', new FakeEvent(), 'in')
    expect(win.webContents.setZoomLevel).toHaveBeenCalledWith(0)
  })

  it('keeps the display awake and shows no context menu', () => {
    const win = production()
    win.webContents.emit('context-menu', new FakeEvent(), { x: 1, y: 1 })
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    expect(Menu.buildFromTemplate).not.toHaveBeenCalled()
    expect(Menu.popup).not.toHaveBeenCalled()
  })

  it('refuses to close without an admin exit', async () => {
    const kiosk = await freshKiosk()
    const win = new BrowserWindow()
    kiosk.setupKiosk(win as never, true)
    expect(win.tryClose()).toBe(false)
    expect(win.isDestroyed()).toBe(false)
  })

  it('closes after allowQuit()', async () => {
    const kiosk = await freshKiosk()
    const win = new BrowserWindow()
    kiosk.setupKiosk(win as never, true)
    expect(win.tryClose()).toBe(false)
    kiosk.allowQuit()
    expect(win.tryClose()).toBe(true)
  })

  it.each([
    ['the OS shuts down', () => powerMonitor.emit('shutdown')],
    [
      'Windows asks to end the session',
      (w: BrowserWindow) => w.emit('query-session-end', new FakeEvent()),
    ],
    ['Windows ends the session', (w: BrowserWindow) => w.emit('session-end', new FakeEvent())],
  ])('closes once %s', async (_name, trigger) => {
    const kiosk = await freshKiosk()
    const win = new BrowserWindow()
    kiosk.setupKiosk(win as never, true)
    trigger(win)
    expect(win.tryClose()).toBe(true)
  })
})
