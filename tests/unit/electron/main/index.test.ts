import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECOVERY_URL } from '../../../../electron/main/app-origin'
import { BrowserWindow, protocol, resetElectron, utilityProcess } from '../../fakes/electron'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))

describe('the shell when the data folder cannot be made', () => {
  beforeEach(() => {
    resetElectron()
    vi.resetModules()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
  })

  it('still serves and shows the recovery page, and never starts core', async () => {
    const file = join(tempDir('kiosk-index-'), 'a-file')
    writeFileSync(file, 'not a folder')
    vi.stubEnv('VILLAGE_DATA_DIR', join(file, 'data'))
    await import('../../../../electron/main/index')
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1))
    const win = BrowserWindow.created[0]!
    await vi.waitFor(() => expect(win.webContents.loadURL).toHaveBeenCalledWith(RECOVERY_URL))
    const serve = protocol.handlers.get('app')
    expect(serve, 'app:// must be registered before anything that can fail').toBeDefined()
    const page = await serve!(new Request(RECOVERY_URL))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('正在重试')
    expect(utilityProcess.fork).not.toHaveBeenCalled()
  })
})
