import { describe, expect, it } from 'vitest'
import { maskPublicOutput } from '../../../../../electron/core/services/public-mask'

describe('maskPublicOutput', () => {
  it('masks ID, card and phone numbers in any text of a public answer, however deep', () => {
    const out = maskPublicOutput({
      title: '低保公示',
      rows: [{ name: '张*明', note: '身份证110101199003077777' }],
      summary: '付款到卡号6222021234567890，联系13812345678',
    })
    expect(out).toEqual({
      title: '低保公示',
      rows: [{ name: '张*明', note: '身份证11**************77' }],
      summary: '付款到卡号**** **** **** 7890，联系138****5678',
    })
  })

  it('masks a stored number written in figures of other forms (𝟏𝟑𝟖, ①③⑧, ١٣٨)', () => {
    const out = maskPublicOutput({
      a: '联系电话𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖',
      b: ['联系电话①③⑧①②③④⑤⑥⑦⑧'],
      c: { d: '联系电话١٣٨١٢٣٤٥٦٧٨' },
    })
    expect(out).toEqual({
      a: '联系电话138****5678',
      b: ['联系电话138****5678'],
      c: { d: '联系电话138****5678' },
    })
  })

  it('masks the same text the same way each time it is asked', () => {
    const text = '第7户 联系13912340007，身份证110101199003077777'
    const masked = '第7户 联系139****0007，身份证11**************77'
    expect(maskPublicOutput({ a: text, b: [text] })).toEqual({ a: masked, b: [masked] })
    expect(maskPublicOutput({ note: text })).toEqual({ note: masked })
    // A long body (read each time, not kept) the same.
    const body = '说明。'.repeat(300) + text
    expect(maskPublicOutput({ body }).body).toBe('说明。'.repeat(300) + masked)
    expect(maskPublicOutput({ body }).body).toBe('说明。'.repeat(300) + masked)
  })

  it('leaves ids, hashes, file names, amounts and dates as they are', () => {
    const value = {
      id: 'a1381234567b',
      entryIds: ['13812345678'],
      attachments: [`${'1'.repeat(64)}.jpg`],
      uuid: '12345678-1381-4234-8567-138123456789',
      amountFen: 13812345678,
      date: '2026-11-25',
      voucherNo: '记-0123',
    }
    expect(maskPublicOutput(value)).toEqual(value)
  })

  it('lets no letter carry more than seven marks, so stored "Zalgo" text cannot run off the screen', () => {
    const piled = `村务a${'\u030d\u0304'.repeat(100)}公开`
    const shown = maskPublicOutput({ text: piled, id: piled }).text
    expect(shown).toBe(`村务a${'\u030d\u0304'.repeat(4).slice(0, 7)}公开`)
    // Vietnamese (two marks) and Tibetan stacks (three or four) are written as they are.
    const tibetan = 'བསྒྲུབས་ཝྃ' // subjoined letters and a vowel: marks in a row
    expect(maskPublicOutput({ text: `Việt ${tibetan}` }).text).toBe(`Việt ${tibetan}`)
  })

  it('keeps a stored "__proto__" key as a plain key and never touches Object.prototype', () => {
    const value = JSON.parse('{"__proto__":{"polluted":"13812345678"},"a":1}') as object
    const out = maskPublicOutput(value) as Record<string, unknown>
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({
      polluted: '138****5678',
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
