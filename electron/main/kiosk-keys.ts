/**
 * The key combinations a curious visitor could use to leave, reload, zoom or inspect the
 * kiosk. Decided from `code` (the physical key) so a Chinese IME or keyboard layout changes
 * nothing, and from `key` for the dedicated browser keys.
 */
import type { Input } from 'electron'

export type KeyInput = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>

/** Keys blocked whatever the modifiers: reload, fullscreen, devtools, browser keys. */
const ALWAYS = new Set(['F5', 'F11', 'F12'])
const BROWSER_KEYS = new Set(['BrowserRefresh', 'BrowserBack', 'BrowserForward', 'BrowserHome'])
/** With Ctrl (or Cmd): reload, close, quit, print, save, open, find, zoom. */
const WITH_CTRL = new Set([
  'KeyR',
  'KeyW',
  'KeyQ',
  'KeyP',
  'KeyS',
  'KeyO',
  'KeyN',
  'KeyT',
  'Equal',
  'Minus',
  'Digit0',
  'NumpadAdd',
  'NumpadSubtract',
  'Numpad0',
])
/** With Ctrl+Shift (or Cmd+Alt): devtools, inspect, console. */
const DEVTOOLS = new Set(['KeyI', 'KeyJ', 'KeyC'])

/** True for a combination the kiosk swallows; ordinary typing (letters, Ctrl+C, Enter) passes. */
export function isBlockedKey(input: KeyInput): boolean {
  if (ALWAYS.has(input.code) || ALWAYS.has(input.key) || BROWSER_KEYS.has(input.key)) return true
  if (input.alt && (input.code === 'F4' || input.key === 'F4')) return true
  if (input.alt && (input.code === 'ArrowLeft' || input.code === 'ArrowRight')) return true
  const ctrl = input.control || input.meta
  if (!ctrl) return false
  if (WITH_CTRL.has(input.code)) return true
  const devtoolsChord = (input.control && input.shift) || (input.meta && input.alt)
  return devtoolsChord && DEVTOOLS.has(input.code)
}
