import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_CHANGED, CHANNEL_INVOKE } from '../../../../contract/api'
import type { VillageBridge } from '../../../../contract/api'
import { contextBridge, ipcRenderer } from '../../fakes/electron'

vi.mock('electron', () => import('../../fakes/electron'))

let village: VillageBridge

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../../electron/preload/index')
    village = contextBridge.exposed[0]?.api as VillageBridge
  })
  beforeEach(() => ipcRenderer.invoke.mockClear())

  it('exposes exactly one key, village, with exactly invoke and onChanged', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(contextBridge.exposed.map((e) => e.key)).toEqual(['village'])
    const api = contextBridge.exposed[0]?.api as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onChanged'])
    expect(typeof api.invoke).toBe('function')
    expect(typeof api.onChanged).toBe('function')
  })

  it('forwards a known method over the contract channel', async () => {
    await village.invoke('ledger.sheet', { period: '2026-Q1' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(CHANNEL_INVOKE, 'ledger.sheet', {
      period: '2026-Q1',
    })
  })

  it.each(['fs.readFile', 'constructor', '__proto__', 'toString', '', 42, null])(
    'answers the unknown method %s itself: it never reaches ipcRenderer',
    async (method) => {
      const invoke = village.invoke as (m: unknown, i: unknown) => Promise<unknown>
      const result = await invoke(method, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
      expect(ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )

  it('relays change pushes until unsubscribed', () => {
    const listener = vi.fn()
    const unsubscribe = village.onChanged(listener)
    ipcRenderer.emit(CHANNEL_CHANGED, {}, 7)
    ipcRenderer.emit(CHANNEL_CHANGED, {}, 'not a number')
    unsubscribe()
    ipcRenderer.emit(CHANNEL_CHANGED, {}, 8)
    expect(listener.mock.calls).toEqual([[7]])
    expect(ipcRenderer.listenerCount(CHANNEL_CHANGED)).toBe(0)
  })

  it('never hands the ipcRenderer event to the page', () => {
    const listener = vi.fn()
    village.onChanged(listener)
    ipcRenderer.emit(CHANNEL_CHANGED, { sender: ipcRenderer }, 9)
    expect(listener).toHaveBeenCalledWith(9)
    expect(listener.mock.calls[0]).toHaveLength(1)
  })
})
