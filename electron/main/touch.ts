/**
 * Touch gestures that would leave or reshape the page: a horizontal swipe that goes back in
 * history, pull-to-refresh, and pinch that zooms the whole page (photos zoom inside the page).
 * The OS's own edge swipes, three-finger gestures and touch keyboard are outside Electron's
 * reach: docs/deploy.md ("锁定检查表") turns them off by policy.
 */
import { app } from 'electron'

/** Chromium switches, fixed before `ready`; each one is a way out of the kiosk page closed. */
export const TOUCH_SWITCHES: ReadonlyArray<[name: string, value?: string]> = [
  ['overscroll-history-navigation', '0'],
  ['pull-to-refresh', '0'],
  ['disable-pinch'],
  ['disable-features', 'TouchpadOverscrollHistoryNavigation'],
]

/** Must run before `ready`; in development too, so developers see what the hall sees. */
export function setupTouch(): void {
  for (const [name, value] of TOUCH_SWITCHES) {
    if (value === undefined) app.commandLine.appendSwitch(name)
    else app.commandLine.appendSwitch(name, value)
  }
}
