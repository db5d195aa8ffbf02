import { describe, expect, it } from 'vitest'
import {
  keyOfFileName,
  matchLine,
} from '../../../../../../electron/core/services/voucher-photos/match'

const line = (id: string, voucherNo: string, date: string, amountFen: number) => ({
  id,
  voucherNo,
  date,
  amountFen,
})
const SEPT = [
  line('a', '记-2026-09-001', '2026-09-03', 50_000),
  line('b', '记-2026-09-002', '2026-09-15', 123_456),
  line('c', '记-2026-09-012', '2026-09-20', 8_800),
  line('d', '12', '2026-09-28', 8_800),
]
const of = (name: string) => {
  const key = keyOfFileName(name)
  return key ? (matchLine(key, SEPT)?.id ?? null) : null
}

describe('voucher photo names', () => {
  it('match by the 凭证号 written three ways', () => {
    expect(of('记-2026-09-001.jpg')).toBe('a')
    expect(of('记001.jpg')).toBe('a')
    expect(of('记-002.JPG')).toBe('b')
    expect(of('9-1.jpg')).toBe('a')
    expect(of('2026-09-002.png')).toBe('b')
  })

  it('match a line whose 凭证号 was typed full-width', () => {
    const wide = [
      line('w', '记－００７', '2026-09-03', 50_000),
      line('x', '记-008', '2026-09-04', 1),
    ]
    const key = keyOfFileName('记-007.jpg')
    expect(key && matchLine(key, wide)?.id).toBe('w')
    const named = keyOfFileName('记－００８.jpg')
    expect(named && matchLine(named, wide)?.id).toBe('x')
  })

  it('match a line numbered with Latin letters by its 凭证号, whatever their case', () => {
    const lettered = [
      line('j', 'JZ-1', '2026-09-03', 50_000),
      line('f', 'FK-1', '2026-09-04', 1),
      line('k', 'jz-2026-09-002', '2026-09-05', 2),
    ]
    const of = (name: string) => {
      const key = keyOfFileName(name)
      return key ? (matchLine(key, lettered)?.id ?? null) : null
    }
    expect(of('jz-1.jpg')).toBe('j')
    expect(of('JZ-1.jpg')).toBe('j')
    expect(of('Jz1_2.jpg')).toBe('j')
    expect(of('ｊｚ－１.jpg')).toBe('j')
    expect(of('fk-1.jpg')).toBe('f')
    expect(of('JZ-2026-09-002.JPG')).toBe('k')
    // Letters no line has match nothing: the photo is left to the clerk.
    expect(of('sk-1.jpg')).toBeNull()
    expect(of('IMG_0042.jpg')).toBeNull()
  })

  it('match by date and amount in yuan, without float rounding', () => {
    expect(of('2026-09-15_1234.56.jpg')).toBe('b')
    expect(of('20260903 500元.jpg')).toBe('a')
    expect(keyOfFileName('2026-09-15_0.29.jpg')).toEqual({
      kind: 'dateAmount',
      date: '2026-09-15',
      amountFen: 29,
    })
  })

  it('take a second photo of one voucher by its copy suffix', () => {
    expect(of('记001_2.jpg')).toBe('a')
    expect(of('记001 (2).jpg')).toBe('a')
    expect(of('9-1（3）.jpg')).toBe('a')
  })

  it('leave a name that fits no line, or several, for the clerk', () => {
    expect(of('IMG_0042.jpg')).toBeNull()
    expect(of('记-2026-10-001.jpg')).toBeNull()
    expect(of('8-1.jpg')).toBeNull()
    // Lines c (记-2026-09-012) and d (bare "12" in September) both fit 记012.
    expect(of('记012.jpg')).toBeNull()
    expect(of('2026-09-20_99.jpg')).toBeNull()
  })
})
