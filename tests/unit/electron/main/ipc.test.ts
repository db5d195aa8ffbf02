import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_CHANGED, CHANNEL_INVOKE } from '../../../../contract/api'
import type { Result } from '../../../../contract/result'
import type { FakeWebContents } from '../../fakes/electron'
import {
  BrowserWindow,
  FakeEvent,
  FakeWebFrameMain,
  ipcMain,
  resetElectron,
} from '../../fakes/electron'
import { setupIpc } from '../../../../electron/main/ipc'
import type { CoreDoor } from '../../../../electron/main/ipc'
import { setupWindow } from '../../../../electron/main/window'

vi.mock('electron', () => import('../../fakes/electron'))

function fakeCore() {
  const listeners: Array<(seq: number) => void> = []
  const core = {
    invoke: vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, data: 'answer' })),
    onChanged: vi.fn((l: (seq: number) => void) => {
      listeners.push(l)
      return () => undefined
    }),
    endSession: vi.fn(),
  }
  return { core, changed: (seq: number) => listeners.forEach((l) => l(seq)) }
}

/** Calls the registered handler the way Electron would for this sender and frame. */
function call(sender: FakeWebContents, frame: FakeWebFrameMain | null, ...args: unknown[]) {
  const handler = ipcMain.handlers.get(CHANNEL_INVOKE) as (...a: unknown[]) => Promise<unknown>
  return handler(new FakeEvent({ sender, senderFrame: frame }), ...args)
}

function ourWindow(url = 'app://kiosk/index.html') {
  const contents = setupWindow({ preload: '/p.cjs', production: true })
    .webContents as never as FakeWebContents
  contents.mainFrame.url = url
  return contents
}

describe('setupIpc', () => {
  let door: ReturnType<typeof fakeCore>
  beforeEach(() => {
    resetElectron()
    door = fakeCore()
    setupIpc(door.core as CoreDoor)
  })

  it('registers exactly one handler, on the contract channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledOnce()
    expect([...ipcMain.handlers.keys()]).toEqual([CHANNEL_INVOKE])
  })

  it("forwards our window's calls with that page's caller key", async () => {
    const contents = ourWindow()
    const result = await call(contents, contents.mainFrame, 'village.get', {})
    expect(result).toEqual({ ok: true, data: 'answer' })
    expect(door.core.invoke).toHaveBeenCalledWith('village.get', {}, `wc:${contents.id}/0`)
  })

  it('refuses a webContents it did not create, even on app://kiosk', async () => {
    const stranger = new BrowserWindow().webContents
    stranger.mainFrame.url = 'app://kiosk/index.html'
    const result = await call(stranger, stranger.mainFrame, 'village.get', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(door.core.invoke).not.toHaveBeenCalled()
  })

  it.each(['file:///etc/passwd', 'https://evil.example/', 'app://other/index.html', 'about:blank'])(
    'refuses our window when its frame shows %s',
    async (url) => {
      const contents = ourWindow(url)
      const result = await call(contents, contents.mainFrame, 'village.get', {})
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(door.core.invoke).not.toHaveBeenCalled()
    },
  )

  it('refuses a subframe and a sender without a frame', async () => {
    const contents = ourWindow()
    const child = new FakeWebFrameMain('app://kiosk/index.html', contents.mainFrame)
    await expect(call(contents, child, 'village.get', {})).resolves.toMatchObject({ ok: false })
    await expect(call(contents, null, 'village.get', {})).resolves.toMatchObject({ ok: false })
    expect(door.core.invoke).not.toHaveBeenCalled()
  })

  it('turns a core exception into an INTERNAL error instead of a rejected promise', async () => {
    door.core.invoke.mockRejectedValueOnce(new Error('disk gone'))
    const contents = ourWindow()
    const result = await call(contents, contents.mainFrame, 'village.get', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })

  it('pushes changes to our windows only', () => {
    const contents = ourWindow()
    const stranger = new BrowserWindow().webContents
    door.changed(42)
    expect(contents.sent).toEqual([{ channel: CHANNEL_CHANGED, args: [42] }])
    expect(stranger.sent).toEqual([])
  })

  it('ends the login session on reload and when the page is destroyed', async () => {
    const contents = ourWindow()
    await call(contents, contents.mainFrame, 'village.get', {})
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true })
    expect(door.core.endSession).not.toHaveBeenCalled()
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false })
    expect(door.core.endSession).toHaveBeenCalledWith(`wc:${contents.id}/0`)
    // The next page is another caller: nothing a late answer to the old page did carries over.
    await call(contents, contents.mainFrame, 'village.get', {})
    expect(door.core.invoke).toHaveBeenLastCalledWith('village.get', {}, `wc:${contents.id}/1`)
    contents.destroy()
    expect(door.core.endSession).toHaveBeenLastCalledWith(`wc:${contents.id}/1`)
  })

  it('a call answered after its page went away has its session ended again', async () => {
    let answer: (r: Result<unknown>) => void = () => {}
    door.core.invoke.mockReturnValueOnce(new Promise((r) => (answer = r)))
    const contents = ourWindow()
    // A login still hashing its PIN when the page crashes and reloads.
    const login = call(contents, contents.mainFrame, 'auth.login', {
      name: '李秀英',
      password: 'x',
    })
    contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 })
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false })
    door.core.endSession.mockClear()
    answer({ ok: true, data: { user: { name: '李秀英' } } })
    await login
    expect(door.core.endSession).toHaveBeenCalledWith(`wc:${contents.id}/0`)
  })
})
