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
  invoke.mockResolvedValue({ ok: true, data: { dir: AUTO, archives: [], unreadable: [] } })
})
afterEach(() => vi.unstubAllGlobals())

describe('finding backups', () => {
  it('this machine’s automatic backups are asked for by no path: core names its own folder', async () => {
    const store = useDataBackupStore()
    await store.list()
    expect(invoke).toHaveBeenCalledWith('backup.list', {})
    expect(store.listing?.dir).toBe(AUTO)
  })

  it('a folder picked on the stick is asked for by its path', async () => {
    const store = useDataBackupStore()
    await store.list('E:\\备份')
    expect(invoke).toHaveBeenCalledWith('backup.list', { dir: 'E:\\备份' })
  })
})
