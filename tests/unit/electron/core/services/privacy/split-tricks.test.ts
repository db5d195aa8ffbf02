/**
 * A personal number split so that it still reads whole to a villager, but not to a filter: the
 * ideographic full stop a Chinese IME types for '.', characters that draw nothing, 两 for 2, and
 * l and o typed for 1 and 0 together. A cadre's notice is refused, a villager's question masked.
 */
import { describe, expect, it } from 'vitest'
import { harness as questionsHarness } from '../questions/harness'
import { harness as recordsHarness } from '../records/harness'

/** What the public board shows of a question a villager sent with `text`. */
async function boardText(text: string): Promise<string> {
  const h = questionsHarness()
  await h.ok('questions.submit', { type: '质询', text })
  const board = await h.ok('questions.public', {})
  return board.questions[0]!.text
}

/** Whether a clerk's notice with `body` is refused with BAD_INPUT (and so never published). */
async function noticeRefused(body: string): Promise<void> {
  const h = recordsHarness()
  const notice = { kind: 'notice', title: '停水通知', body, validFrom: '2026-11-25', objection: '' }
  await h.refused('clerk', 'notices.save', notice, 'BAD_INPUT')
}

describe('the ideographic full stop 。 (what . types in Chinese punctuation mode) splits like a dot', () => {
  it.each(['有事联系我138。0013。8000', '我的号码是138｡0013｡8000', '138。0013。8000'])(
    'question %j is masked',
    async (text) => {
      expect(await boardText(text)).not.toMatch(/0013.8000/)
    },
  )

  it.each([
    '如有异议请找联系人 138。0013。8000',
    '补贴打入6222。0212。3456。7890。128',
    '户主110105。19491231。002x',
  ])('notice %j is refused, as its 138.0013.8000 form is', noticeRefused)

  it('an amount written with 。 for its decimal point is still only an amount', async () => {
    expect(await boardText('合计 1,234,567。00 元，其中 138。00 元是电费')).toBe(
      '合计 1,234,567。00 元，其中 138。00 元是电费',
    )
  })
})

describe('characters that draw nothing do not split a number', () => {
  it.each([
    ['a variation selector after each digit', '13800138000'.split('').join('\uFE0F')],
    ['the Hangul filler between groups', '138\u31640013\u31648000'],
    ['a Mongolian variation selector', '138\u180B0013\u180B8000'],
    ['written in characters with Hangul fillers', '一三八\u3164零零一三\u3164八零零零'],
    ['written in characters with half-width fillers', '一三八\uFFA0零零一三\uFFA0八零零零'],
  ])('%s: the notice is refused', (_how, phone) =>
    noticeRefused(`11月20日起检修水管，有事请联系 ${phone}`),
  )

  it.each(['有事打我138\u2060~0013\u2060~8000', '有事打我138\u3164~0013\u3164~8000'])(
    'a question %j split by symbols and nothing-drawing characters is masked',
    async (text) => {
      expect(await boardText(text)).not.toMatch(/0013.{0,2}8000/)
    },
  )
})

describe('digits written with characters and letters mixed', () => {
  it('两 for 2 is a digit too', async () => {
    expect(await boardText('电话一三八两两两两三三三三')).not.toContain('两两两两')
  })

  it('两 in everyday words is left alone', async () => {
    const text = '两委开会说两个月内修好，两户人家出了两千元'
    expect(await boardText(text)).toBe(text)
  })

  it.each(['有事打我l38ool38ooo', '138ool38ooo', 'I38OOI38OOO'])(
    'l (or I) for 1 with o for 0 in one number: %j is masked',
    async (text) => {
      const shown = await boardText(text)
      expect(shown.replace(/[lI]/g, '1').replace(/[oO]/g, '0')).not.toContain('13800138000')
    },
  )
})

describe('figures in other forms: marked, circled, superscript, mathematical, other scripts', () => {
  const marked = (digits: string, mark: string) =>
    Array.from(digits)
      .map((d) => d + mark)
      .join('')
  const PHONE = /13812345678|138.?1234.?5678/

  it.each([
    ['an underline under each figure', `王五的电话是${marked('13812345678', '\u0332')}`],
    ['a keycap on each figure', `王五的电话是${marked('13812345678', '\ufe0f\u20e3')}`],
    ['circled figures', '王五的电话是①③⑧①②③④⑤⑥⑦⑧'],
    ['superscript figures', '王五的电话是¹³⁸¹²³⁴⁵⁶⁷⁸'],
    ['mathematical bold figures', '王五的电话是𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['Arabic-Indic figures', '王五的电话是١٣٨١٢٣٤٥٦٧٨'],
    ['one superscript among plain figures', '王五的电话是1³812345678'],
    ['mathematical figures joined by ~', '𝟏𝟑𝟖~𝟏𝟐𝟑𝟒~𝟓𝟔𝟕𝟖'],
  ])('a question with %s shows 138****5678, whole characters only', async (_how, text) => {
    const shown = await boardText(text)
    expect(shown).toContain('138****5678')
    expect(shown.normalize('NFKC')).not.toMatch(PHONE)
    // No half of a two-unit figure and no keycap left hanging on the mask.
    expect(shown).not.toMatch(/[\ud800-\udfff]|\u20e3/)
  })

  it('an ID card with an underline under each figure is masked', async () => {
    const shown = await boardText(`王五身份证${marked('320123199001011234', '\u0332')}`)
    expect(shown.normalize('NFKD').replace(/\p{M}/gu, '')).not.toContain('320123199001011234')
  })

  it.each(['如有异议请联系 𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '联系人 ①③⑧①②③④⑤⑥⑦⑧'])(
    'notice %j is refused, as its plain form is',
    noticeRefused,
  )

  it('a circled list marker, a power and an area stay as written', async () => {
    const text = '①13812345678 是王五的；②面积100m²；③10²'
    expect(await boardText(text)).toBe('①138****5678 是王五的；②面积100m²；③10²')
  })
})
