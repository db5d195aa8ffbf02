import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { kioskIsDirty, resetKiosk } from '../../../../renderer/src/composables/kiosk-reset'
import { MAX_QUESTION, useAskStore } from '../../../../renderer/src/stores/ask'

const ABOUT = { section: 'projects' as const, id: 'p-1', title: '三组道路' }
const invoke = vi.fn()

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('village', { invoke } as Partial<VillageBridge>)
  invoke.mockReset()
})
afterEach(() => {
  resetKiosk()
  vi.unstubAllGlobals()
})

/** A draft with type, text, name and phone filled in. */
function typed() {
  const ask = useAskStore()
  ask.begin(ABOUT)
  ask.chooseType('质询')
  ask.setText('修路？')
  ask.name = '王'
  ask.phone = '13912345678'
  return ask
}

describe('the asking draft', () => {
  it('counts what is left and never holds more than core accepts', () => {
    const ask = typed()
    expect(ask.left).toBe(MAX_QUESTION - 3)
    ask.setText('修'.repeat(MAX_QUESTION + 5))
    expect(ask.text).toHaveLength(MAX_QUESTION)
    expect(ask.left).toBe(0)
  })

  it('keeps the draft when the same item is opened again, drops it for another item', () => {
    const ask = typed()
    ask.begin(ABOUT)
    expect(ask.text).toBe('修路？')
    ask.begin({ ...ABOUT, id: 'p-2' })
    expect([ask.text, ask.name, ask.phone, ask.type, ask.step]).toEqual(['', '', '', null, 'type'])
  })

  it('sends the item by section and id, then keeps only the receipt', async () => {
    invoke.mockResolvedValue({
      ok: true,
      data: { receipt: '12345678', dueAt: '2026-12-05', maskedKinds: [] },
    })
    const ask = typed()
    expect(await ask.submit()).toBe(true)
    expect(invoke).toHaveBeenCalledWith('questions.submit', {
      type: '质询',
      text: '修路？',
      name: '王',
      phone: '13912345678',
      about: { section: 'projects', id: 'p-1' },
    })
    expect([ask.text, ask.name, ask.phone, ask.step]).toEqual(['', '', '', 'done'])
    expect(ask.receipt?.receipt).toBe('12345678')
  })

  it("keeps what was typed and core's words when refused", async () => {
    const error = { code: 'RATE_LIMITED', message: '提问太频繁，请10分钟后再试' }
    invoke.mockResolvedValue({ ok: false, error })
    const ask = typed()
    expect(await ask.submit()).toBe(false)
    expect(ask.problem?.userMessage).toBe('提问太频繁，请10分钟后再试')
    expect(ask.text).toBe('修路？')
  })

  it('is cleared by the kiosk reset when the villager walks away', () => {
    const ask = typed()
    expect(kioskIsDirty()).toBe(true)
    resetKiosk()
    expect([ask.text, ask.name, ask.phone, ask.about, ask.step]).toEqual(['', '', '', null, 'type'])
    expect(kioskIsDirty()).toBe(false)
  })
})

describe('walking away while a question is being sent', () => {
  it('an answer that arrives after the reset is not shown to the next villager', async () => {
    let answer: (v: unknown) => void = () => {}
    invoke.mockReturnValue(new Promise((r) => (answer = r)))
    const ask = typed()
    const sent = ask.submit()
    // The idle countdown ran out and the screen was reset while core was still answering.
    resetKiosk()
    answer({ ok: true, data: { receipt: '12345678', dueAt: '2026-12-05', maskedKinds: [] } })
    expect(await sent).toBe(false)
    expect([ask.step, ask.receipt, ask.text, ask.busy]).toEqual(['type', null, '', false])
  })
})
