import { describe, expect, it } from 'vitest'
import { findPersonalNumber } from '../../../../../../electron/core/services/records/personal-numbers'

describe('findPersonalNumber', () => {
  it.each([
    ['身份证 32092119800101123X', 'idCard'],
    ['320921198001011234', 'idCard'],
    ['身份证号：３２０９２１１９８００１０１１２３４', 'idCard'],
    ['老身份证320921800101123', 'idCard'],
    ['卡号6222021001123456789', 'bankCard'],
    ['卡号 6222 0210 0112 3456', 'bankCard'],
    ['卡号6222-0210-0112-3456-789', 'bankCard'],
    ['电话13812345678', 'mobile'],
    ['手机 138 1234 5678', 'mobile'],
    ['手机：138-1234-5678', 'mobile'],
    ['+86 13812345678', 'mobile'],
    ['村部电话0515-88881234', 'landline'],
    ['（0515）88881234', 'landline'],
    ['051588881234', 'landline'],
  ])('%s → %s', (text, kind) => {
    expect(findPersonalNumber(text)).toBe(kind)
  })

  it.each([
    '2026-11-25至2026-12-01',
    '2026年第3季度',
    '每月保障金650元，共12个月',
    '138****5678',
    '0515-****1234',
    '张*明',
    '文号东政发〔2026〕15号',
    '合计1234567.89元',
    '三组 12户 45人',
    '',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(findPersonalNumber(text)).toBeNull()
  })
})
