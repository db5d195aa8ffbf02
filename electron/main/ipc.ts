/**
 * The one door from the renderer to the village records. Only the top frame of our own
 * window, showing app://kiosk, gets through; each webContents has its own login session,
 * kept in core and ended when its page goes away.
 */
import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { CHANNEL_CHANGED, CHANNEL_INVOKE } from '../../contract/methods'
import { fail } from '../../contract/result'
import type { Core } from '../core/core'
import { isTrustedUrl } from './app-origin'
import { errorDetail, logIncident } from './log'
import { isOurWebContents, ourWebContents } from './window'

/** What the binding needs from core; the narrow type keeps the tests' stand-in honest. */
export type CoreDoor = Pick<Core, 'invoke' | 'onChanged' | 'endSession'>

const FORBIDDEN = '此请求不是来自村务公开的窗口，已拒绝。'
const INTERNAL = '系统暂时出了问题，请稍后再试。'

/** Each window's current page, counted up at every reload, crash or close. */
const pages = new Map<number, number>()

/**
 * The session key core keeps per page, `wc:<window>/<page>`: never taken from the renderer.
 * A new page is a new caller, so an answer still on its way to the page before (a login whose
 * PIN was being checked when it crashed) can never log the next page in (core/api/screen.ts).
 */
export function callerKey(contents: WebContents): string {
  return `wc:${contents.id}/${pages.get(contents.id) ?? 0}`
}

/** Binds CHANNEL_INVOKE to core and pushes CHANNEL_CHANGED to our windows after each commit. */
export function setupIpc(core: CoreDoor): void {
  const tracked = new Set<number>()
  ipcMain.handle(CHANNEL_INVOKE, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      logIncident('ipc-forbidden', {
        url: (event.senderFrame?.url ?? '').slice(0, 200),
        method: typeof method === 'string' ? method.slice(0, 60) : typeof method,
      })
      return fail('FORBIDDEN', FORBIDDEN)
    }
    const contents = event.sender
    if (!tracked.has(contents.id)) {
      tracked.add(contents.id)
      endSessionWhenPageGoes(contents, core, () => tracked.delete(contents.id))
    }
    const caller = callerKey(contents)
    try {
      return await core.invoke(method, input, caller)
    } catch (error) {
      logIncident('ipc-error', { method: String(method).slice(0, 60), ...errorDetail(error) })
      return fail('INTERNAL', INTERNAL)
    } finally {
      // Answered after its page went away: a login it started ends with that page.
      if (contents.isDestroyed() || callerKey(contents) !== caller) core.endSession(caller)
    }
  })
  core.onChanged((seq) => {
    for (const contents of ourWebContents()) contents.send(CHANNEL_CHANGED, seq)
  })
}

/** Our window, its top frame, on a trusted origin; anything else is a foreign sender. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isOurWebContents(event.sender) && isTrustedUrl(frame.url)
}

/** A reload, crash or close starts the page over logged out: a villager never inherits a cadre's login. */
function endSessionWhenPageGoes(contents: WebContents, core: CoreDoor, forget: () => void): void {
  const end = () => {
    const caller = callerKey(contents)
    pages.set(contents.id, (pages.get(contents.id) ?? 0) + 1)
    core.endSession(caller)
  }
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) end()
  })
  contents.on('render-process-gone', end)
  contents.once('destroyed', () => {
    end()
    pages.delete(contents.id)
    forget()
  })
}
