import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { useDataBackupStore } from '../../../../renderer/src/stores/data-backup'

const AUTO = 'C:\\村务公开\\backups'
const invoke = vi.fn()

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
})
afterEach(() => vi.unstubAllGlobals())

/** backup.status answered when `release` is called. */
function heldStatus(): () => void {
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  invoke.mockImplementation(async () => {
    await held
    return { ok: true, data: { recovery: { ready: false }, autoDir: AUTO, pdf: false } }
  })
  return release
}

describe('the restore folder box', () => {
  it('shows the automatic backups’ folder when nobody has tapped into it', async () => {
    const store = useDataBackupStore()
    const release = heldStatus()
    const opening = store.open()
    release()
    await opening
    expect(store.lookIn).toBe(AUTO)
  })

  it('is left as the admin has it once they tapped into it, also when still empty', async () => {
    const store = useDataBackupStore()
    const release = heldStatus()
    const opening = store.open()
    store.takeLookIn()
    release()
    await opening
    expect(store.lookIn).toBe('')
  })

  it('is filled again on the next visit when untouched then', async () => {
    const store = useDataBackupStore()
    let release = heldStatus()
    let opening = store.open()
    store.takeLookIn()
    release()
    await opening
    release = heldStatus()
    opening = store.open()
    release()
    await opening
    expect(store.lookIn).toBe(AUTO)
  })
})
