import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  kioskIsDirty,
  onKioskReset,
  resetKiosk,
} from '../../../../renderer/src/composables/kiosk-reset'

const offs: Array<() => void> = []
afterEach(() => offs.splice(0).forEach((off) => off()))

describe('the kiosk reset bus', () => {
  it('clears everything registered, even when one reset throws', () => {
    const a = vi.fn()
    const b = vi.fn(() => {
      throw new Error('boom')
    })
    const c = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    offs.push(onKioskReset({ reset: a }), onKioskReset({ reset: b }), onKioskReset({ reset: c }))
    resetKiosk()
    expect(a).toHaveBeenCalledOnce()
    expect(c).toHaveBeenCalledOnce()
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
  })

  it('is dirty while any registered part holds input, and forgets unregistered parts', () => {
    let typed = ''
    const off = onKioskReset({ reset: () => (typed = ''), dirty: () => typed !== '' })
    expect(kioskIsDirty()).toBe(false)
    typed = 'xl'
    expect(kioskIsDirty()).toBe(true)
    resetKiosk()
    expect(typed).toBe('')
    expect(kioskIsDirty()).toBe(false)
    typed = 'q'
    off()
    expect(kioskIsDirty()).toBe(false)
  })
})
