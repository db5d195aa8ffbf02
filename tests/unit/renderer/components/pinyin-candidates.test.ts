import { describe, expect, it } from 'vitest'
import {
  candidatesFor,
  frontSyllable,
} from '../../../../renderer/src/components/kiosk/pinyin-candidates'

describe('pinyin candidates for the on-screen keyboard', () => {
  it('offers 修 first for xiu and 路 for lu', () => {
    expect(candidatesFor('xiu')[0]).toBe('修')
    expect(candidatesFor('lu')).toContain('路')
  })

  it('takes letters typed in one go syllable by syllable, the longest first', () => {
    expect(frontSyllable('xiulu')).toBe('xiu')
    expect(frontSyllable('zhuangtai')).toBe('zhuang')
    expect(frontSyllable('xian')).toBe('xian')
  })

  it('offers nothing for letters that start no syllable', () => {
    expect(frontSyllable('v')).toBe('')
    expect(candidatesFor('v')).toEqual([])
    expect(candidatesFor('')).toEqual([])
  })

  it('uses a given table, so the rule is tested apart from the data', () => {
    const table = { a: '阿 啊', an: '安 按' }
    expect(candidatesFor('ana', table)).toEqual(['安', '按'])
    expect(frontSyllable('ab', table)).toBe('a')
  })
})
