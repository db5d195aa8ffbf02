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

/** The session key core keeps per page: never taken from the renderer. */
export function callerKey(contents: WebContents): string {
  return `wc:${contents.id}`
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
    try {
      return await core.invoke(method, input, callerKey(contents))
    } catch (error) {
      logIncident('ipc-error', { method: String(method).slice(0, 60), ...errorDetail(error) })
      return fail('INTERNAL', INTERNAL)
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
  const end = () => core.endSession(callerKey(contents))
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) end()
  })
  contents.on('render-process-gone', end)
  contents.once('destroyed', () => {
    end()
    forget()
  })
}
