import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, resetElectron } from '../../fakes/electron'
import { setupDataDir } from '../../../../electron/main/data-dir'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))

describe('setupDataDir', () => {
  beforeEach(() => resetElectron())
  afterEach(() => vi.unstubAllEnvs())

  it('uses userData/data and creates it', () => {
    vi.stubEnv('VILLAGE_DATA_DIR', '')
    const dir = setupDataDir()
    expect(dir).toBe(join(app.userData, 'data'))
    expect(existsSync(dir)).toBe(true)
  })

  it('follows VILLAGE_DATA_DIR', () => {
    const override = join(tempDir('kiosk-data-'), 'village')
    vi.stubEnv('VILLAGE_DATA_DIR', override)
    expect(setupDataDir()).toBe(override)
    expect(existsSync(override)).toBe(true)
  })
})
