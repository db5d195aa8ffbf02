import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, resetElectron } from '../../fakes/electron'
import { electronPdfOptions, sheetPrintLayout } from '../../../../contract/print'
import { sheetPdfPrinter } from '../../../../electron/main/print-pdf'
import { isOurWebContents, setupWindow } from '../../../../electron/main/window'

vi.mock('electron', () => import('../../fakes/electron'))

const opts = { preload: '/app/out/preload/index.cjs', production: true }
const req = { period: '2026-09', paper: 'A3' as const, title: '东台村 2026年9月财务公开表' }

describe('the 公开表 printer', () => {
  beforeEach(() => resetElectron())

  it("uses exactly the kiosk window's locked-down preferences, hidden", async () => {
    setupWindow(opts)
    await sheetPdfPrinter(opts)(req)
    const [kiosk, printer] = BrowserWindow.created
    expect(printer?.options.webPreferences).toEqual(kiosk?.options.webPreferences)
    expect(printer?.options.show).toBe(false)
  })

  it('loads the print route on app://, prints with the shared options, then closes', async () => {
    const pdf = await sheetPdfPrinter(opts)(req)
    const win = BrowserWindow.created[0]!
    expect(win.webContents.loadURL).toHaveBeenCalledWith(
      'app://kiosk/index.html#/print/sheet/2026-09?paper=A3',
    )
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(
      electronPdfOptions(sheetPrintLayout('A3', req.title)),
    )
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.4 fake')
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('counts the hidden window as ours while it lives, so its IPC is accepted', async () => {
    const printer = sheetPdfPrinter(opts)
    const run = printer(req)
    const win = BrowserWindow.created[0]!
    const seen = isOurWebContents(win.webContents as never)
    await run
    expect(seen).toBe(true)
    expect(isOurWebContents(win.webContents as never)).toBe(false)
  })

  it('waits for the data, and refuses a page that could not load it', async () => {
    const printer = sheetPdfPrinter(opts)
    const run = printer(req)
    const win = BrowserWindow.created[0]!
    win.webContents.executeJavaScript.mockResolvedValueOnce('error')
    await expect(run).rejects.toThrow('公开表的数据无法载入')
    expect(win.webContents.printToPDF).not.toHaveBeenCalled()
    expect(win.destroy).toHaveBeenCalledOnce()
  })
})
