/**
 * A villager's question goes on the public board at once, with no cadre reading it first, so a
 * number someone splits in an unusual way to get it past the shared detector is masked too:
 * any grouping that makes a mobile, a real ID or a UnionPay card (check digits holding). Lists
 * of amounts, dates and group numbers stay as the villager wrote them.
 */
import { describe, expect, it } from 'vitest'
import { maskQuestionText } from '../../../../../../electron/core/services/questions/loose-numbers'

describe('a villager’s question text', () => {
  it.each([
    ['号码138，0013，8000', '号码138****8000'],
    ['138、0013、8000打给我', '138****8000打给我'],
    ['联系方式1380 013 8000', '联系方式138****8000'],
    ['联系方式 13800 138000', '联系方式 138****8000'],
    ['打这个 1380 0138 000', '打这个 138****8000'],
    ['138~0013~8000', '138****8000'],
    ['138 0013 8000 找我', '138****8000 找我'],
    ['138*0013*8000', '138****8000'],
    ['l3800l38000', '138****8000'],
    ['银行卡6222，0212，3456，7894', '银行卡**** **** **** 7894'],
    ['身份证110101，19900307，7774', '身份证11**************74'],
    // What the shared detector catches is masked as before.
    ['手机13800138000', '手机138****8000'],
    // A mobile split 3-4-4 by spaces or dashes, announced or not, and with 元旦 after it.
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['有事找138 1234 5678', '有事找138****5678'],
    ['138 1234 5678 元旦后都在家', '138****5678 元旦后都在家'],
    ['电话 138 1234 5678元', '电话 138****5678元'],
  ])('%s is masked on the board as %s', (text, shown) => {
    const r = maskQuestionText(text)
    expect(r.text).toBe(shown)
    expect(r.kinds.length).toBeGreaterThan(0)
  })

  it.each([
    '修路花了135.00元和2000元，还有5000元去哪了',
    '2026年3月5日开的会，13:45散会',
    '第1、2、3组的路什么时候修',
    '收入1200，3400，5600元，支出7800元',
    '1500、2000、3000、4000元分别是什么钱',
    '13、15、17号房的补贴发了吗',
    '低保每月650元，2025年发了12个月',
    '共计12345678.90元',
    // Lists of amounts and times split like a mobile (3-4-4): no one announced a phone.
    '我家交了150、2000、3000元，这些钱是干什么的',
    '三笔钱：150，2000，3000元',
    '160、3000、5000、8000元都发了吗',
    '每亩170，2000，1000斤',
    '开会时间13:30-15:00, 9:00-11:00',
    '值班时间 13:00、14:30、9:00',
    '收入|150|2000|3000',
    '6200、1500、3000、2008元',
    // A phone word elsewhere in the sentence announces no phone.
    '我打电话问过，交了150、2000、3000元',
    '手机上看到的，150、2000、3000元是什么钱',
    '上次联系：139、2000、3000元',
    // The same amounts split by spaces: the 元 or 块 after them says they are money.
    '交了150 2000 3000元',
    '我家交了150 2000 3000块，这些钱是干什么的',
    '分三次交了 150 2000 3000 元钱',
    '我打电话问过，交了150 2000 3000元',
  ])('%s stays as written', (text) => {
    expect(maskQuestionText(text)).toEqual({ text, kinds: [] })
  })
})
