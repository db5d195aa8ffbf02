/** 查进度 by receipt: what one villager looked up is never shown to the next. */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { resetKiosk } from '../../../../renderer/src/composables/kiosk-reset'
import { useQuestionsStore } from '../../../../renderer/src/stores/questions'

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

/** A villager typed receipt 12345678 and core showed its question. */
async function showReceipt() {
  const q = useQuestionsStore()
  invoke.mockResolvedValueOnce({
    ok: true,
    data: { receipt: '12345678', text: '低保怎么申请', status: '待答复' },
  })
  for (const d of '12345678') q.typeDigit(d)
  await q.check()
  return q
}

it('a lookup answered after the kiosk reset is not shown, and the screen is not left busy', async () => {
  let answer: (v: unknown) => void = () => {}
  invoke.mockReturnValue(new Promise((r) => (answer = r)))
  const q = useQuestionsStore()
  for (const d of '12345678') q.typeDigit(d)
  const looking = q.check()
  expect(q.busy).toBe(true)
  // The villager walked away; the idle countdown reset the screen while core was answering.
  resetKiosk()
  answer({ ok: true, data: { receipt: '12345678', text: '低保怎么申请', status: '待答复' } })
  await looking
  expect([q.found, q.digits, q.busy]).toEqual([null, '', false])
})

it('a shown question its receipt no longer opens goes quietly on refresh, asked once, not again and again', async () => {
  const q = await showReceipt()
  expect(q.found?.receipt).toBe('12345678')
  // The records were restored or replaced behind the screen: the receipt finds nothing now.
  invoke.mockResolvedValue({
    ok: false,
    error: { code: 'NOT_FOUND', message: '没有找到这个回执号，请核对回执上的 8 位数字' },
  })
  await q.refresh()
  expect([q.found, q.checkProblem]).toEqual([null, null])
  const calls = invoke.mock.calls.length
  // Later changes do not ask core about it again (each would count as a wrong receipt there).
  await q.refresh()
  await q.refresh()
  expect(invoke.mock.calls.length).toBe(calls)
})

it('a refresh that core cannot answer just now leaves the shown question as it was', async () => {
  const q = await showReceipt()
  invoke.mockResolvedValue({
    ok: false,
    error: { code: 'STORAGE', message: '读不出来，请稍后再试' },
  })
  await q.refresh()
  expect([q.found?.receipt, q.checkProblem]).toEqual(['12345678', null])
})
