import { describe, expect, it } from 'vitest'
import {
  maskPersonalNumbers,
  normaliseDigits,
} from '../../../../../../electron/core/services/questions/mask-numbers'

const mask = (s: string) => maskPersonalNumbers(s).text
const kinds = (s: string) => maskPersonalNumbers(s).kinds

/** No run of 5 or more digits of the original survives (so nothing identifying is left). */
function keepsNoLongRun(masked: string): boolean {
  return !/\d{5,}/.test(masked.replace(/[\s-]/g, ''))
}

describe('ID numbers', () => {
  it.each([
    ['32098119800101123X', '32**************3X'],
    ['32098119800101123x', '32**************3x'],
    ['320981198001011234', '32**************34'],
    ['320981 19800101 123X', '32**************3X'],
    ['320981-19800101-123X', '32**************3X'],
  ])('masks %s', (id, want) => {
    expect(mask(`我的身份证号${id}，请核对`)).toBe(`我的身份证号${want}，请核对`)
    expect(kinds(id)).toEqual(['idCard'])
  })

  it('masks the old 15-digit ID', () => {
    expect(mask('老身份证320981800101123补办')).toBe('老身份证32***********23补办')
    expect(kinds('320981800101123')).toEqual(['idCard'])
  })

  it('masks an ID written in full-width digits', () => {
    const out = mask('身份证３２０９８１１９８００１０１１２３Ｘ')
    expect(out).toBe('身份证32**************3X')
  })
})

describe('mobile numbers', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+86 138 1234 5678',
    '8613812345678',
    '１３８１２３４５６７８',
    '138－1234－5678',
  ])('masks %s to 138****5678', (phone) => {
    expect(mask(`有事打${phone}找我`)).toBe('有事打138****5678找我')
    expect(kinds(phone)).toEqual(['mobile'])
  })

  it('masks every prefix from 13 to 19', () => {
    for (const p of ['130', '145', '159', '166', '177', '188', '199']) {
      expect(mask(`${p}12345678`)).toBe(`${p}****5678`)
    }
  })

  it('leaves 11 digits that are no mobile (starting 12 or 10) alone', () => {
    expect(mask('编号12012345678')).toBe('编号12012345678')
  })
})

describe('landlines', () => {
  it.each([
    ['0515-83215678', '0515-****5678'],
    ['0515 8321 5678', '0515-****5678'],
    ['051583215678', '0515-****5678'],
    ['010-62345678', '010-****5678'],
    ['(0515)83215678', '0515-****5678'],
    ['（０５１５）８３２１５６７８', '0515-****5678'],
    ['0515-8321-5678', '0515-****5678'],
    ['0515-8321567', '0515-****1567'],
  ])('masks %s', (phone, want) => {
    expect(mask(`村委会电话 ${phone}。`)).toBe(`村委会电话 ${want}。`)
    expect(kinds(phone)).toEqual(['landline'])
  })

  it.each([
    ['电话83215678', '电话****5678'],
    ['座机：8321-5678', '座机：****5678'],
    ['电话号码是 8321 5678', '电话号码是 ****5678'],
    ['拨打8321567', '拨打****1567'],
  ])('masks a local number announced as a phone: %s', (text, want) => {
    expect(mask(text)).toBe(want)
  })
})

describe('bank cards', () => {
  it.each([
    ['6222021001123456', '**** **** **** 3456'],
    ['6222021001123456789', '**** **** **** 6789'],
    ['62220210011234567', '**** **** **** 4567'],
    ['6222 0210 0112 3456', '**** **** **** 3456'],
    ['6222 0210 0112 3456 789', '**** **** **** 6789'],
    ['6222-0210-0112-3456', '**** **** **** 3456'],
    ['６２２２０２１００１１２３４５６', '**** **** **** 3456'],
  ])('masks %s', (card, want) => {
    expect(mask(`补贴打到卡${card}上了吗`)).toBe(`补贴打到卡${want}上了吗`)
    expect(keepsNoLongRun(mask(card))).toBe(true)
  })
})

describe('text that must not change', () => {
  it.each([
    '修路花了¥1,234.50，对吗？',
    '2026-03-05 至 2026-03-15 公示',
    '2026年3月5日开会',
    '凭证号 记-2026-02-003',
    '记字第0012号凭证',
    '发票日期20260305',
    '2025-2026年度的分红',
    '共计12345678元',
    '合计1234567.89元',
    '第3组15户，每户300元',
    '合同号 HT-2026-015',
    '发票号码 23456789',
    '电话费2025-2026年',
    '面积 1234.5 平方米，租金 8000 元/年',
    '时间 13:45，地点村部',
  ])('%s', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, kinds: [] })
  })
})

describe('several numbers and repeated masking', () => {
  it('masks each number in one text and lists each kind once, in the order found', () => {
    const r = maskPersonalNumbers(
      '张三，身份证32098119800101123X，手机13812345678，卡号6222021001123456，家里13912345678',
    )
    expect(r.text).toBe(
      '张三，身份证32**************3X，手机138****5678，卡号**** **** **** 3456，家里139****5678',
    )
    expect(r.kinds).toEqual(['idCard', 'mobile', 'bankCard'])
  })

  it('masking a masked text changes nothing more', () => {
    const once = mask('身份证320981198001011234 电话0515-83215678 手机138 1234 5678')
    expect(mask(once)).toBe(once)
    expect(keepsNoLongRun(once)).toBe(true)
  })

  it('normalising keeps every index, so the rest of the text stays as typed', () => {
    const text = '（０５１５）８３２１　５６７８ 全角'
    expect(normaliseDigits(text)).toHaveLength(text.length)
    expect(mask('全角数字１２３元')).toBe('全角数字１２３元')
  })
})
