import { describe, expect, it } from 'vitest'
import { maskName, maskPhone } from '../../../../../electron/core/services/mask'

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['0515-85861234', '0515-****1234'],
    ['85861234', '****1234'],
    ['12345', '****'],
    ['', ''],
    ['   ', ''],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it('never returns the full number', () => {
    for (const phone of ['13812345678', '0515-85861234', '051585861234', '8613812345678']) {
      expect(maskPhone(phone).replace(/\D/g, '')).not.toBe(phone.replace(/\D/g, ''))
    }
  })
})

describe('maskName', () => {
  it.each([
    ['张三明', '张*明'],
    ['李四', '李*'],
    ['欧阳小明', '欧**明'],
    ['王', '王'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
