import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BrowserWindow, dialog, resetElectron } from '../../fakes/electron'
import { pickPath } from '../../../../electron/main/dialogs'

vi.mock('electron', () => import('../../fakes/electron'))

describe('backup dialogs', () => {
  beforeEach(() => resetElectron())

  it('asks for a folder over the kiosk window', async () => {
    const win = new BrowserWindow()
    expect(await pickPath('folder')).toBe('/media/usb')
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!
    expect(parent).toBe(win)
    expect(options).toMatchObject({ properties: ['openDirectory', 'createDirectory'] })
  })

  it('asks for a .cwbak archive, and says null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await pickPath('archive')).toBeNull()
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({
      filters: [{ name: '村务公开备份', extensions: ['cwbak'] }],
    })
  })
})
