import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { ApiProblem, call, onRecordsChanged } from '../../../../renderer/src/api'

function setBridge(bridge: Partial<VillageBridge> | undefined): void {
  vi.stubGlobal('village', bridge)
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('api.call', () => {
  it('returns the data of an ok result, typed by the contract table', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, data: [] })
    setBridge({ invoke } as Partial<VillageBridge>)
    await expect(call('ledger.periods', {})).resolves.toEqual([])
    expect(invoke).toHaveBeenCalledWith('ledger.periods', {})
  })

  it("turns an error result into an ApiProblem carrying core's code and Chinese message", async () => {
    const error = { code: 'NOT_FOUND', message: '找不到这条记录' }
    setBridge({ invoke: vi.fn().mockResolvedValue({ ok: false, error }) } as Partial<VillageBridge>)
    const problem = await call('ledger.entry', { id: 'x' }).catch((e: unknown) => e)
    expect(problem).toBeInstanceOf(ApiProblem)
    expect(problem).toMatchObject({ code: 'NOT_FOUND', userMessage: '找不到这条记录' })
  })

  it('says NO_BRIDGE when the page runs without window.village', async () => {
    setBridge(undefined)
    await expect(call('village.get', {})).rejects.toMatchObject({ code: 'NO_BRIDGE' })
  })

  it('hides a broken bridge behind INTERNAL with no message meant for villagers', async () => {
    setBridge({
      invoke: vi.fn().mockRejectedValue(new Error('ipc closed')),
    } as Partial<VillageBridge>)
    await expect(call('home.summary', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      userMessage: '',
    })
  })
})

describe('onRecordsChanged', () => {
  it('subscribes through the bridge and hands back its unsubscribe', () => {
    const off = vi.fn()
    const onChanged = vi.fn().mockReturnValue(off)
    setBridge({ onChanged } as Partial<VillageBridge>)
    const listener = vi.fn()
    expect(onRecordsChanged(listener)).toBe(off)
    expect(onChanged).toHaveBeenCalledWith(listener)
  })

  it('is a harmless no-op without a bridge', () => {
    setBridge(undefined)
    expect(() => onRecordsChanged(() => {})()).not.toThrow()
  })
})
