import { describe, expect, it } from 'vitest'
import {
  fenOfNumber,
  parseAmountCell,
} from '../../../../../../../electron/core/services/data/import/amounts'
import {
  fromExcelSerial,
  parseDateCell,
  parseMonthDay,
} from '../../../../../../../electron/core/services/data/import/dates'
import { parseSubject } from '../../../../../../../electron/core/services/data/import/subjects'

describe('dates', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['2026 年 3 月 5 日', '2026-03-05'],
    ['２０２６－０３－０５', '2026-03-05'],
    ['20260305', '2026-03-05'],
    ['2026-03-05 00:00:00', '2026-03-05'],
    ['46086', '2026-03-05'],
  ])('%s', (text, iso) => expect(parseDateCell(text)).toEqual({ ok: true, date: iso }))

  it('Excel serials, including the days around the phantom 1900-02-29', () => {
    expect(fromExcelSerial(46086)).toBe('2026-03-05')
    expect(fromExcelSerial(46086.75)).toBe('2026-03-05')
    expect(fromExcelSerial(1)).toBe('1900-01-01')
    expect(fromExcelSerial(59)).toBe('1900-02-28')
    expect(fromExcelSerial(61)).toBe('1900-03-01')
    expect(parseDateCell(46086)).toEqual({ ok: true, date: '2026-03-05' })
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 5)))).toEqual({ ok: true, date: '2026-03-05' })
  })

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDateCell('2026-02-29')).toEqual({
      ok: false,
      error: '日期“2026-02-29”不存在，请核对',
    })
    expect(parseDateCell('下周一')).toMatchObject({ ok: false })
    expect(parseDateCell(null)).toEqual({ ok: false, error: '缺少日期' })
    expect(parseMonthDay(2026, '2月', '30日')).toEqual({
      ok: false,
      error: '日期“2026年2月30日”不存在，请核对',
    })
    expect(parseMonthDay(2026, 3, 5)).toEqual({ ok: true, date: '2026-03-05' })
  })

  it('a weekday after the date (2026-3-5 星期四, 2026年3月5日 周四) is read when it is that day', () => {
    for (const t of [
      '2026-3-5 星期四',
      '2026年3月5日 周四',
      '2026年3月5日星期四',
      '2026/03/05（周四）',
      '2026-03-05 礼拜四',
    ]) {
      expect(parseDateCell(t), t).toEqual({ ok: true, date: '2026-03-05' })
    }
    expect(parseDateCell('2026-3-8 星期日')).toEqual({ ok: true, date: '2026-03-08' })
    expect(parseDateCell('2026-3-8 周天')).toEqual({ ok: true, date: '2026-03-08' })
  })

  it('a weekday that is not that day is refused, naming both, not guessed either way', () => {
    expect(parseDateCell('2026-3-5 星期五')).toEqual({
      ok: false,
      error: '日期“2026-3-5 星期五”和星期几对不上（2026-03-05 是星期四），请核对',
    })
    expect(parseDateCell('2026年3月5日 周一')).toMatchObject({ ok: false })
    expect(parseDateCell('2026-02-30 星期一')).toMatchObject({ ok: false })
    expect(parseDateCell('星期四')).toMatchObject({ ok: false })
  })

  it("a date typed with Excel's text apostrophe ('2026-10-05) is that date; the apostrophe alone is not", () => {
    expect(parseDateCell("'2026-10-05")).toEqual({ ok: true, date: '2026-10-05' })
    expect(parseDateCell("'2026年10月5日")).toEqual({ ok: true, date: '2026-10-05' })
    for (const t of ["'", "''2026-10-05", "2026-10-05'", "'下周一"]) {
      expect(parseDateCell(t), t).toMatchObject({ ok: false })
    }
  })
})

describe('amounts to integer fen', () => {
  it.each([
    ['1,234.50', 123_450],
    ['¥1234.5', 123_450],
    ['￥1234.5', 123_450],
    ['1234.5元', 123_450],
    ['１２３４．５', 123_450],
    ['RMB 88', 8_800],
    ['0.01', 1],
    ['1，000', 100_000],
  ])('%s', (text, fen) => expect(parseAmountCell(text)).toEqual({ kind: 'ok', fen }))

  it('zeros past the cents, as database-backed platforms write amounts, are exact: read, not refused', () => {
    expect(parseAmountCell('1234.5000')).toEqual({ kind: 'ok', fen: 123_450 })
    expect(parseAmountCell('12,000.000')).toEqual({ kind: 'ok', fen: 1_200_000 })
    expect(parseAmountCell('356.5000元')).toEqual({ kind: 'ok', fen: 35_650 })
    // A figure past the cents is never rounded away.
    for (const t of ['1234.505', '1234.5001', '0.0050']) {
      expect(parseAmountCell(t)).toEqual({
        kind: 'bad',
        error: `金额“${t}”超过两位小数，请精确到分`,
      })
    }
  })

  it('a minus sign typed as − or a dash (—1234.5, copied from Word or a web page) is a negative, said so', () => {
    for (const t of ['−1234.5', '—1234.5', '–1,234.50', '-￥1234.5']) {
      expect(parseAmountCell(t)).toEqual({
        kind: 'bad',
        error: `金额“${t}”是负数，导入只接受正数金额`,
      })
    }
  })

  it('a minus after the figure (1234.50-, as bank statements and some 财务软件 print it) is a negative, said so', () => {
    for (const t of [
      '1234.50-',
      '1,234.50-',
      '1234.5 -',
      '1234.5−',
      '1234.5元-',
      '１２３４．５０－',
    ]) {
      expect(parseAmountCell(t), t).toEqual({
        kind: 'bad',
        error: `金额“${t}”是负数，导入只接受正数金额`,
      })
    }
    // A figure between two minus signs, or after a plus, is a slip, not guessed either way.
    expect(parseAmountCell('-1234.5-')).toMatchObject({ kind: 'bad' })
    expect(parseAmountCell('+1234.5-')).toMatchObject({ kind: 'bad' })
  })

  it('a plus sign before a figure (+1234.5, as some platforms mark money in) is a positive amount', () => {
    for (const t of ['+1234.5', '+1,234.50', '＋1234.5', '+¥1234.5', '+1234.5元']) {
      expect(parseAmountCell(t), t).toEqual({ kind: 'ok', fen: 123_450 })
    }
    // Two signs are a slip, not a figure: said, not guessed.
    for (const t of ['++1234.5', '+-1234.5', '-+1234.5', '+']) {
      expect(parseAmountCell(t), t).toMatchObject({ kind: 'bad' })
    }
    expect(parseAmountCell('++1234.5')).toEqual({
      kind: 'bad',
      error: '金额“++1234.5”看不懂，请只写数字，如 1234.50',
    })
  })

  it("an amount typed with Excel's text apostrophe ('1234.50) is read as that amount", () => {
    expect(parseAmountCell("'1234.50")).toEqual({ kind: 'ok', fen: 123_450 })
    expect(parseAmountCell("'1,234.50")).toEqual({ kind: 'ok', fen: 123_450 })
    expect(parseAmountCell(" '88 ")).toEqual({ kind: 'ok', fen: 8_800 })
    // Only first, and only before an amount: anything else is refused as before.
    expect(parseAmountCell("1234.50'")).toEqual({
      kind: 'bad',
      error: "金额“1234.50'”看不懂，请只写数字，如 1234.50",
    })
    for (const t of ["''1234.50", "'", "'十元", "'-1234.50", "'1234.505"]) {
      expect(parseAmountCell(t), t).toMatchObject({ kind: 'bad' })
    }
  })

  it('treats blanks, dashes and zero as "no amount here"', () => {
    for (const c of ['', ' ', '-', '—', '0', '0.00', null, 0]) {
      expect(parseAmountCell(c)).toEqual({ kind: 'empty' })
    }
  })

  it('numbers Excel stored as floats, noise carried to the nearest cent by digits only', () => {
    expect(fenOfNumber(1234.5)).toEqual({ kind: 'ok', fen: 123_450 })
    expect(fenOfNumber(0.1 + 0.2)).toEqual({ kind: 'ok', fen: 30 })
    expect(fenOfNumber(10.1 + 20.2)).toEqual({ kind: 'ok', fen: 3_030 })
    expect(fenOfNumber(1.005)).toMatchObject({ kind: 'bad' })
    expect(fenOfNumber(-5)).toMatchObject({ kind: 'bad' })
    expect(fenOfNumber(1e21)).toMatchObject({ kind: 'bad' })
  })
})

describe('科目 text to the eight categories', () => {
  it.each([
    ['办公费', 'expense', '办公费'],
    ['各项支出/办公费', 'expense', '办公费'],
    ['支出-办公费', 'expense', '办公费'],
    ['办公费用', 'expense', '办公费'],
    ['承包收入', 'income', '发包及上交收入'],
    [' 土地发包 ', 'resources', '土地发包'],
  ])('%s', (text, category, item) =>
    expect(parseSubject(text)).toEqual({ ok: true, category, item }),
  )

  it('a 类别 column must agree with the item', () => {
    expect(parseSubject('办公费', '各项支出')).toEqual({
      ok: true,
      category: 'expense',
      item: '办公费',
    })
    expect(parseSubject('办公费', '各项收入')).toEqual({
      ok: false,
      error: '科目“办公费”不属于“各项收入”',
    })
    expect(parseSubject('办公费', '杂项')).toEqual({
      ok: false,
      error: '类别“杂项”不是八类公开类别之一',
    })
  })
})
