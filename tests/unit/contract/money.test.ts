import { describe, expect, it } from 'vitest'
import { formatYuan, parseYuanToFen, plainYuan, toDaxie } from '../../../contract/money'

describe('toDaxie', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [10, '壹角整'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [1000, '壹拾元整'],
    [123456, '壹仟贰佰叁拾肆元伍角陆分'],
    [1_000_100, '壹万零壹元整'],
    [10_000_000, '壹拾万元整'],
    [100_000_001, '壹佰万元零壹分'],
    [101_000_000, '壹佰零壹万元整'],
    [100_010_000, '壹佰万零壹佰元整'],
    [10_000_000_000, '壹亿元整'],
    [20_000_100_000, '贰亿零壹仟元整'],
    [1_000_000_000_000, '壹佰亿元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(toDaxie(fen)).toBe(words)
  })

  it('writes a negative amount with 负 in front', () => {
    expect(toDaxie(-123456)).toBe('负壹仟贰佰叁拾肆元伍角陆分')
  })

  it('refuses fractions of a fen', () => {
    expect(() => toDaxie(1.5)).toThrow(RangeError)
  })
})

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123456, '¥1,234.56'],
    [100_000_001, '¥1,000,000.01'],
    [-123456, '-¥1,234.56'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })

  it('groups thousands exactly as the en-US number format does, at every length', () => {
    const amounts = [0, 7, 99, 100, 999_99, 1000_00, 9999_99, 10_000_00, 123_456_78, 999_999_99]
    for (let digits = 1; digits <= 15; digits++)
      amounts.push(Number('9'.repeat(digits)), 10 ** digits)
    amounts.push(Number.MAX_SAFE_INTEGER)
    for (const fen of amounts) {
      const yuan = Math.floor(fen / 100)
      const cents = String(fen % 100).padStart(2, '0')
      expect(formatYuan(fen)).toBe(`¥${yuan.toLocaleString('en-US')}.${cents}`)
      expect(formatYuan(-fen || 0)).toBe(
        `${fen ? '-' : ''}¥${yuan.toLocaleString('en-US')}.${cents}`,
      )
    }
  })

  it('refuses a float that is not whole fen', () => {
    expect(() => formatYuan(0.1 + 0.2)).toThrow(RangeError)
  })
})

describe('plainYuan', () => {
  it.each([
    [12_300_000, '12.3万元'],
    [9_800_000, '9.8万元'],
    [1_000_000, '1万元'],
    [980_000, '9,800元'],
    [999_999, '1万元'],
    [0, '0元'],
    [-50_000, '负500元'],
    [-12_300_000, '负12.3万元'],
  ])('%i fen → %s', (fen, text) => {
    expect(plainYuan(fen)).toBe(text)
  })
})

describe('parseYuanToFen', () => {
  it.each([
    ['1,234.5', 123450],
    ['¥12', 1200],
    ['3元', 300],
    ['0.05', 5],
    ['-7.10', -710],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen)
  })

  it('returns null for what is not money', () => {
    expect(parseYuanToFen('十元')).toBeNull()
    expect(parseYuanToFen('1.234')).toBeNull()
  })
})

describe('parseYuanToFen: what a clerk types with a Chinese input method', () => {
  it.each([
    ['１２３４．５０', 123450],
    ['１２３', 12300],
    ['￥１，２３４．５', 123450],
    ['1234。5', 123450],
    ['1，234.50', 123450],
    ['1,234,567.89', 123456789],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen)
  })

  it('refuses a thousands comma in the wrong place, as the import does', () => {
    expect(parseYuanToFen('1,2345')).toBeNull()
    expect(parseYuanToFen('12,34.5')).toBeNull()
    expect(parseYuanToFen('1234,5')).toBeNull()
    expect(parseYuanToFen('1,234,5678')).toBeNull()
  })

  it('still refuses what is not one amount', () => {
    expect(parseYuanToFen('0.1+0.2')).toBeNull()
    expect(parseYuanToFen('1。2。3')).toBeNull()
    expect(parseYuanToFen('')).toBeNull()
  })
})
