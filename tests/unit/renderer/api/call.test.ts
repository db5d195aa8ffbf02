import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { ApiProblem, call, coreRecovering, onRecordsChanged } from '../../../../renderer/src/api'

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

describe('api.call while core restarts', () => {
  const restarting = { ok: false, error: { code: 'RESTARTING', message: '系统正在恢复，请稍候。' } }
  afterEach(() => vi.useRealTimers())

  it('waits and asks again, counted as recovering (the 正在恢复 banner) until core answers', async () => {
    vi.useFakeTimers()
    const invoke = vi
      .fn()
      .mockResolvedValueOnce(restarting)
      .mockResolvedValueOnce(restarting)
      .mockResolvedValueOnce({ ok: true, data: [] })
    setBridge({ invoke } as Partial<VillageBridge>)
    const answer = call('ledger.periods', {})
    await vi.advanceTimersByTimeAsync(0)
    expect(coreRecovering.value).toBe(true)
    await vi.advanceTimersByTimeAsync(1_500)
    await expect(answer).resolves.toEqual([])
    expect(invoke).toHaveBeenCalledTimes(3)
    expect(coreRecovering.value).toBe(false)
  })

  it('gives up after about a minute and shows the error, so a dead core is not a frozen screen', async () => {
    vi.useFakeTimers()
    const invoke = vi.fn().mockResolvedValue(restarting)
    setBridge({ invoke } as Partial<VillageBridge>)
    const answer = call('home.summary', {}).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(await answer).toMatchObject({
      code: 'RESTARTING',
      userMessage: '系统正在恢复，请稍候。',
    })
    expect(invoke.mock.calls.length).toBeGreaterThan(5)
    expect(coreRecovering.value).toBe(false)
  })

  it('never repeats a call that may already have been done (INTERRUPTED): the cadre looks first', async () => {
    const error = { code: 'INTERRUPTED', message: '系统刚才重新启动，这一步可能已经完成' }
    const invoke = vi.fn().mockResolvedValue({ ok: false, error })
    setBridge({ invoke } as Partial<VillageBridge>)
    await expect(call('ledger.periods', {})).rejects.toMatchObject({ code: 'INTERRUPTED' })
    expect(invoke).toHaveBeenCalledOnce()
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
