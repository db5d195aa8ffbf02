import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, FakeEvent, resetElectron } from '../../fakes/electron'
import { setupGpuFallback } from '../../../../electron/main/gpu'

vi.mock('electron', () => import('../../fakes/electron'))

const gpuGone = (reason = 'crashed') =>
  app.emit('child-process-gone', new FakeEvent(), { type: 'GPU', reason, exitCode: 1 })
const state = () => JSON.parse(readFileSync(join(app.userData, 'kiosk-shell.json'), 'utf8'))

describe('setupGpuFallback', () => {
  beforeEach(() => resetElectron())

  it('starts with the GPU on when nothing crashed', () => {
    setupGpuFallback(vi.fn())
    expect(app.disableHardwareAcceleration).not.toHaveBeenCalled()
  })

  it('after three GPU crashes remembers to go without it and restarts', () => {
    const restart = vi.fn()
    setupGpuFallback(restart)
    gpuGone()
    gpuGone('killed')
    expect(restart).not.toHaveBeenCalled()
    gpuGone()
    expect(restart).toHaveBeenCalledOnce()
    expect(state().gpuOffForVersion).toBe('0.1.0')

    app.removeAllListeners()
    setupGpuFallback(vi.fn())
    expect(app.disableHardwareAcceleration).toHaveBeenCalledOnce()
  })

  it('ignores other child processes and clean GPU exits', () => {
    const restart = vi.fn()
    setupGpuFallback(restart)
    for (let i = 0; i < 5; i++) {
      app.emit('child-process-gone', new FakeEvent(), { type: 'Utility', reason: 'crashed' })
      gpuGone('clean-exit')
    }
    expect(restart).not.toHaveBeenCalled()
  })

  it('tries the GPU again with a new app version', () => {
    setupGpuFallback(vi.fn())
    gpuGone()
    gpuGone()
    gpuGone()
    app.removeAllListeners()
    app.getVersion.mockReturnValue('0.2.0')
    setupGpuFallback(vi.fn())
    expect(app.disableHardwareAcceleration).not.toHaveBeenCalled()
  })
})
