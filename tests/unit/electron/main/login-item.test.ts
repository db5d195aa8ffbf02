import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, resetElectron } from '../../fakes/electron'
import { setupLoginItem } from '../../../../electron/main/login-item'

vi.mock('electron', () => import('../../fakes/electron'))

const platform = Object.getOwnPropertyDescriptor(process, 'platform')
const setting = (value: unknown) =>
  writeFileSync(join(app.userData, 'kiosk-shell.json'), JSON.stringify({ startAtLogin: value }))

describe('setupLoginItem', () => {
  beforeEach(() => {
    resetElectron()
    Object.defineProperty(process, 'platform', { value: 'win32' })
  })
  afterEach(() => {
    if (platform) Object.defineProperty(process, 'platform', platform)
  })

  it('leaves the OS alone without a setting', () => {
    setupLoginItem()
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('applies the technician’s choice', () => {
    setting(true)
    setupLoginItem()
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
  })

  it('ignores a damaged setting', () => {
    writeFileSync(join(app.userData, 'kiosk-shell.json'), '{"startAtLogin": tru')
    setupLoginItem()
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })
})
