import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VillageBridge } from '../../../../contract'
import { resetKiosk } from '../../../../renderer/src/composables/kiosk-reset'
import { useAuthStore } from '../../../../renderer/src/stores/auth'

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

describe('the login screen’s notice', () => {
  it('after a restore: says what was done, with no PIN dialog, until the kiosk resets', () => {
    const auth = useAuthStore()
    auth.user = { id: 'u-admin', name: '张德明', role: 'admin' } as typeof auth.user
    auth.lapsed = '登录已过期'
    auth.ended('恢复完成：数据已回到核验码 #16。请重新登录。')
    expect([auth.user, auth.lapsed, auth.notice]).toEqual([
      null,
      '',
      '恢复完成：数据已回到核验码 #16。请重新登录。',
    ])
    // Walking away clears it: days later the next cadre must not read it as news.
    resetKiosk()
    expect(auth.notice).toBe('')
    expect(invoke).not.toHaveBeenCalled()
  })
})
