import { describe, expect, it } from 'vitest'
import { findPersonalNumber } from '../../../../../../electron/core/services/records/personal-numbers'
import { maskPersonalNumbers } from '../../../../../../electron/core/services/questions/mask-numbers'
import { maskPublicOutput } from '../../../../../../electron/core/services/public-mask'

/** Numbers written the ways people really write them: groups, dots, full-width, line breaks. */
const CAUGHT: Array<[string, string, string]> = [
  ['身份证 320102 1990 0101 1234', 'idCard', '身份证 32**************34'],
  ['身份证号\n320102\n19900101\n123X', 'idCard', '身份证号\n32**************3X'],
  ['身份证 3201 0219 9001 0112 34', 'idCard', '身份证 32**************34'],
  ['身份证320102.19900101.1234', 'idCard', '身份证32**************34'],
  ['卡号 6222.0210.0112.3456', 'bankCard', '卡号 **** **** **** 3456'],
  ['卡号 6222 0210-0112.3456', 'bankCard', '卡号 **** **** **** 3456'],
  ['卡号6222\r\n0210\r\n0112\r\n3456', 'bankCard', '卡号**** **** **** 3456'],
  ['卡号６２２２ 0210 ０１１２ 3456', 'bankCard', '卡号**** **** **** 3456'],
  ['卡号 622202 1001123456789', 'bankCard', '卡号 **** **** **** 6789'],
  ['电话 138.1234.5678', 'mobile', '电话 138****5678'],
  ['手机１３８．１２３４．５６７８', 'mobile', '手机138****5678'],
  ['手机１３８－１２３４　５６７８', 'mobile', '手机138****5678'],
  ['手机 138 1234\n5678', 'mobile', '手机 138****5678'],
  ['手机 1381234-5678', 'mobile', '手机 138****5678'],
  ['手机 138 12345678', 'mobile', '手机 138****5678'],
  ['+86 138.1234.5678', 'mobile', '138****5678'],
  ['＋８６ １３８１２３４５６７８', 'mobile', '138****5678'],
  ['手机 1 3 8 1 2 3 4 5 6 7 8', 'mobile', '手机 138****5678'],
  ['座机（０５１５）８３２１－５６７８', 'landline', '座机0515-****5678'],
  ['座机 0515.8321.5678', 'landline', '座机 0515-****5678'],
  ['村部 0515 - 83215678', 'landline', '村部 0515-****5678'],
  // A mobile split 3-4-4, unannounced; a unit after it only speaks for amounts split by spaces.
  ['138 1234 5678', 'mobile', '138****5678'],
  ['138-1234-5678', 'mobile', '138****5678'],
  ['有事找138 1234 5678 元旦后都在', 'mobile', '有事找138****5678 元旦后都在'],
  ['电话 138 1234 5678元', 'mobile', '电话 138****5678元'],
  ['付款人 138-1234-5678元', 'mobile', '付款人 138****5678元'],
  ['收款 13812345678元', 'mobile', '收款 138****5678元'],
  // What follows a phone may begin with a character that is also a unit: a surname (毛, 万), a
  // place (万家村), a word (元月, 角落, 亩产). Only a unit that stands as one speaks for money.
  ['有事找138 1234 5678毛会计', 'mobile', '有事找138****5678毛会计'],
  ['联系人 138 1234 5678 万主任', 'mobile', '联系人 138****5678 万主任'],
  ['找 135 0000 1111 万家村老李', 'mobile', '找 135****1111 万家村老李'],
  ['138 1234 5678 元月10号以后在家', 'mobile', '138****5678 元月10号以后在家'],
  ['１３８ １２３４ ５６７８ 角落那家', 'mobile', '138****5678 角落那家'],
  ['138 1234 5678 亩产的事问他', 'mobile', '138****5678 亩产的事问他'],
  // Pasted from Word, WPS, a web page or a PDF: other spaces, and characters that draw nothing.
  ['电话138\u20091234\u20095678', 'mobile', '电话138****5678'],
  ['电话 138\u202f1234\u202f5678', 'mobile', '电话 138****5678'],
  ['身份证110101\u200219900307\u2002123X', 'idCard', '身份证11**************3X'],
  ['手机138\u00ad1234\u00ad5678', 'mobile', '手机138****5678'],
  ['手机1381\u20602345678', 'mobile', '手机138****5678'],
  ['身份证1101011990\u200b0307123X', 'idCard', '身份证11**************3X'],
  ['卡号6222\u20630212\u034f3456\u180e7890', 'bankCard', '卡号**** **** **** 7890'],
  ['手机 138 \u00ad1234 5678', 'mobile', '手机 138****5678'],
  // Wide gaps: the screen squeezes a run of spaces (and a 公示 cell its line breaks) to one.
  ['公示 138    1234    5678', 'mobile', '公示 138****5678'],
  [
    '付张三 138\u2060\u2060\u2060\u20601234\u2060\u2060\u2060\u20605678',
    'mobile',
    '付张三 138****5678',
  ],
  ['身份证 110101\t\t\t\t19900307    7774', 'idCard', '身份证 11**************74'],
  ['卡号\n6222\n\n\n\n0212\n\n\n\n3456\n\n\n\n7890', 'bankCard', '卡号\n**** **** **** 7890'],
  // Groupings nobody planned for: a real ID (its check digit and birth date hold), a real
  // mobile, a UnionPay card whose check digit holds, however the groups fall.
  ['身份证：11010119900307 7774', 'idCard', '身份证：11**************74'],
  ['户主身份证号110101199003\n077774', 'idCard', '户主身份证号11**************74'],
  ['身份证 1101011990 03077774', 'idCard', '身份证 11**************74'],
  ['身份证 110101 199 003 077 774', 'idCard', '身份证 11**************74'],
  ['手机１３８／１２３４／５６７８', 'mobile', '手机138****5678'],
  ['联系电话1381 2345 678', 'mobile', '联系电话138****5678'],
  ['手机 138 1234 56 78', 'mobile', '手机 138****5678'],
  ['手机 138/1234/5678', 'mobile', '手机 138****5678'],
  ['手机 138_1234_5678', 'mobile', '手机 138****5678'],
  ['卡号 6222 0212 3456 7890128', 'bankCard', '卡号 **** **** **** 0128'],
  ['卡号 622202 123456 7890128', 'bankCard', '卡号 **** **** **** 0128'],
  // Keys of the kiosk's own keyboard between the groups (：、，。 on its punctuation page):
  // a mobile announced as one or split by colons, a real ID, a UnionPay card whose check holds.
  ['有事打138:1234:5678找他', 'mobile', '有事打138****5678找他'],
  ['手机138、1234、5678', 'mobile', '手机138****5678'],
  ['手机：138，1234，5678', 'mobile', '手机：138****5678'],
  ['请拨打138。1234。5678', 'mobile', '请拨打138****5678'],
  ['身份证110101、19900307、7774', 'idCard', '身份证11**************74'],
  ['他的卡号6222：0212：3456：7894', 'bankCard', '他的卡号**** **** **** 7894'],
  // The rest of that keyboard: its 符号 page (？！“”《》…) and the % of its 数字 page.
  ['电话138“1234”5678', 'mobile', '电话138****5678'],
  ['手机138？1234？5678', 'mobile', '手机138****5678'],
  ['电话 138……1234……5678', 'mobile', '电话 138****5678'],
  ['手机138%1234%5678', 'mobile', '手机138****5678'],
  ['电话138《1234》5678', 'mobile', '电话138****5678'],
  ['手机138！1234！5678', 'mobile', '手机138****5678'],
  // Written in characters, as some do to get past a filter.
  ['手机一三八一二三四五六七八', 'mobile', '手机138****5678'],
  ['电话幺三八幺二三四五六七八', 'mobile', '电话138****5678'],
  ['身份证一一〇一〇一一九九〇〇三〇七七七七四', 'idCard', '身份证11**************74'],
  // Characters in groups, 大写 digits, mixed with figures.
  ['电话：一三八 一二三四 五六七八', 'mobile', '电话：138****5678'],
  ['手机一三八，一二三四，五六七八', 'mobile', '手机138****5678'],
  ['手机壹叁捌壹贰叁肆伍陆柒捌', 'mobile', '手机138****5678'],
  ['手机138一二三四5678', 'mobile', '手机138****5678'],
  ['身份证壹壹零壹零壹壹玖玖零零叁零柒柒柒柒肆', 'idCard', '身份证11**************74'],
  ['身份证 一一〇一〇一 一九九〇〇三〇七 七七七四', 'idCard', '身份证 11**************74'],
  ['身份证一一○一○一一九九○○三○七○○二X', 'idCard', '身份证11**************2X'],
  ['手机 一 三 八 一 二 三 四 五 六 七 八', 'mobile', '手机 138****5678'],
  // Right after a name or word that ends in a digit character (张三, 李四, 王五): twelve
  // characters in a row, yet a reader sees the name and then the whole mobile.
  ['联系人张三一三八一二三四五六七八', 'mobile', '联系人张三138****5678'],
  ['找李四幺三八幺二三四五六七八', 'mobile', '找李四138****5678'],
  ['王五壹叁捌壹贰叁肆伍陆柒捌', 'mobile', '王五138****5678'],
  // … or right before one that begins with one (五组), or between both.
  ['联系电话一三八一二三四五六七八五组王某', 'mobile', '联系电话138****5678五组王某'],
  ['张三一三八一二三四五六七八三组', 'mobile', '张三138****5678三组'],
  ['账号 六二二二〇二一二三四五六七八', 'bankCard', '账号 **** **** **** 5678'],
  // An account of a length no card has, announced as one (a 农商行 passbook).
  ['账号 62220212345678', 'bankCard', '账号 **** **** **** 5678'],
  ['存折帐号：1234 5678 9012 3', 'bankCard', '存折帐号：**** **** **** 0123'],
  // The letter O typed for a nought among the digits.
  ['手机138OO138OOO', 'mobile', '手机138****8000'],
  ['电话 138 0o13 8000', 'mobile', '电话 138****8000'],
  ['身份证1101O119900307002X', 'idCard', '身份证11**************2X'],
  // A letter x right after a number that is no ID (a typo, or to get past a filter).
  ['修路的钱怎么花的？回电13800138000x', 'mobile', '修路的钱怎么花的？回电138****8000x'],
  ['电话号码：13800138000X', 'mobile', '电话号码：138****8000X'],
  ['卡号6222021234567890123X', 'bankCard', '卡号**** **** **** 0123X'],
  ['身份证110101199003074514x', 'idCard', '身份证11**************14x'],
  // An ID's check letter typed after a space.
  ['身份证 11010119900307002 X', 'idCard', '身份证 11**************2X'],
  // An ID and a phone pasted with nothing between them: still nothing readable.
  ['张三 11010119900307123413812345678', 'bankCard', '张三 **** **** **** 5678'],
]

/** Text that must stay exactly as typed: amounts, dates, voucher numbers, years, counts. */
const UNCHANGED = [
  '合计1,234,567.00元',
  '金额 1,234,567.00 元，单价 12.50 元',
  '共计 12345678.90 元',
  '2026-03-05',
  '2026.03.05',
  '2026-03-05 2026-03-15',
  '20260305-20260315',
  '2026.03.05-2026.03.15',
  '2026年3月5日',
  '2026年第3季度',
  '2021 2022 2023 2024 年度',
  '凭证号 记-2026-02-003',
  '凭证号 0012 0013 0014',
  '记字第0012号凭证',
  '合同号 HT-2026-015',
  '第1 2 3组，共12户 45人',
  '面积 1234.5 平方米，租金 8000 元/年',
  '时间 13:45，电话费 2025-2026 年',
  '发票号码 23456789',
  '1.234.567,00',
  // Neither a real ID's check digit nor a UnionPay card's: amounts in any grouping stay.
  '身份证 11010119900307 7775',
  '金额 6222 0212 3456 7890127',
  '2026/03/05 2026/03/15',
  '第1/2/3/4/5/6/7/8/9/10/11/12组',
  '收入    1200    支出    3400',
  // Amounts, dates and voucher numbers in a row: no phone, ID or card however they fall.
  '购水泥 168.00 3500.00',
  '支出明细（元）：\n135.00\n2000.00\n56.50',
  '2026.01.15 13 82492.60',
  '收入 1500 3200 800',
  '13\t500\t2000\t80',
  '1380_2000_500',
  '2026-01-19 10 103000.00',
  // Lists and times with the same keys: only a real number's shape counts there.
  '分别为150、2000、3000元',
  '收入1200，3400，5600，7800元',
  '时间 13:45:20，第3、4、5组',
  '合计 1,234,567。00 元',
  '二〇二六年十一月二十五日',
  '一二三四五六七组各出工三人',
  // 拨 alone is money being allocated, not a phone being dialled.
  '财政下拨2000000元用于修路',
  // An O between figures that make no personal number stays as typed.
  '型号 A1O2O3，编号 2O26-O15',
  '划拨 2500000 元',
  '下拨150、2000、3000元',
  '下拨 2000 3000 元',
  '收入6200、1500、3000、2008元',
  // Amounts split by spaces as a mobile is (3-4-4): the unit after them says they are money.
  '交了150 2000 3000元',
  '交了150 2000 3000块',
  '分三次交了 150 2000 3000 元钱',
  '三笔 150\n2000\n3000 元',
  '拉了150 2000 3000斤',
  // 联系 and 微信 are not phone cues (two amounts after them stay), nor 账户 an account's.
  '微信 3500 4800',
  '联系 2026 0315',
  '账户 20260115 35000',
  // Characters that are only counting: no phone or ID shape.
  '一二三 四五六 七八九 十组',
  '伍万贰仟元整，壹佰贰拾叁户',
  '账号已注销，共 12 户',
  '账目 2026 年 10 月 共 123 笔',
]

describe('one detector for the save check and the public mask', () => {
  it.each(CAUGHT)('%s is a %s, refused on save and masked in public', (text, kind, masked) => {
    expect(findPersonalNumber(text)).toBe(kind)
    expect(maskPersonalNumbers(text).text).toBe(masked)
    expect(maskPublicOutput({ rows: [{ note: text }] })).toEqual({ rows: [{ note: masked }] })
  })

  it.each(UNCHANGED)('leaves %s alone on save and in public', (text) => {
    expect(findPersonalNumber(text)).toBeNull()
    expect(maskPersonalNumbers(text).text).toBe(text)
    expect(maskPublicOutput({ note: text })).toEqual({ note: text })
  })

  it('numbers found two ways at once are masked once, never showing more digits', () => {
    const masked = maskPersonalNumbers('一一〇一〇一:199:0030:7777:4 号').text
    expect(masked.replace(/[^\d]/g, '').length).toBeLessThanOrEqual(4)
  })

  it('the check refuses exactly what the mask would change', () => {
    for (const text of [...CAUGHT.map((c) => c[0]), ...UNCHANGED]) {
      const changed = maskPersonalNumbers(text).text !== text
      expect(findPersonalNumber(text) !== null, text).toBe(changed)
    }
  })

  it('a masked text holds no run of five digits, whatever the separators', () => {
    for (const [text] of CAUGHT) {
      const masked = maskPersonalNumbers(text).text
      expect(masked.replace(/[\s.\-()]/g, ''), text).not.toMatch(/\d{5,}/)
      expect(maskPersonalNumbers(masked).text).toBe(masked)
    }
  })
})
