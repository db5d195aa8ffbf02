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
