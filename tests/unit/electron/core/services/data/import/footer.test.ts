import { describe, expect, it } from 'vitest'
import type { Cell } from '../../../../../../../electron/core/services/data/import/cells'
import {
  notEntryReason,
  type EntryColumns,
} from '../../../../../../../electron/core/services/data/import/skip'
import { csvText, preview, utf8 } from './files'

// 日期 | 凭证号 | 摘要 | 会计科目 | 借方 | 贷方
const COLS: EntryColumns = { dated: [0], voucher: [1], amounts: [4, 5], described: [2, 3] }
const reason = (row: Cell[]) => notEntryReason(row, COLS)
const HAS_AMOUNT =
  '有金额，但没有日期和凭证号，不是一笔账；如果是一笔账，请在表格里补上日期和凭证号后再导入'
const merged = (text: string): Cell[] => Array.from({ length: 6 }, () => text)

describe('footers and notes are skipped with a reason, not read as entries', () => {
  it.each([
    ['会计主管：王会计      村务监督委员会：李监督', '签字行，不是一笔账'],
    ['制表人：张出纳', '签字行，不是一笔账'],
    ['制表: 张出纳   审核: 李会计', '签字行，不是一笔账'],
    ['审核人：', '签字行，不是一笔账'],
    ['监委签字：', '签字行，不是一笔账'],
    ['村务监督委员会主任（签章）', '签字行，不是一笔账'],
    ['第 1 页 共 3 页', '页码行，不是一笔账'],
    ['共3页', '页码行，不是一笔账'],
    ['注：本表金额单位为元', '说明文字，不是一笔账'],
    ['说明: 以上账目已核对', '说明文字，不是一笔账'],
    ['制表日期：2026年10月8日', '说明文字，不是一笔账'],
    ['日期：2026-10-08', '说明文字，不是一笔账'],
    ['本表由财务软件导出', '没有日期、凭证号或金额，不是一笔账'],
  ])('“%s” in the first column → %s', (text, why) => {
    expect(reason([text, '', '', '', '', ''])).toBe(why)
  })

  it('a footer merged across the row (its text in the amount columns too) is still a footer', () => {
    expect(reason(merged('会计主管：王会计  制表人：张出纳'))).toBe('签字行，不是一笔账')
    expect(reason(merged('第 2 页 共 3 页'))).toBe('页码行，不是一笔账')
  })

  it('rows that look like entries are read (and so can carry errors)', () => {
    expect(reason(['2026-10-08', '记-1', '购买办公用品', '办公费', '356.5', ''])).toBeNull()
    // A date and an amount are enough; the missing 凭证号 becomes the row's error.
    expect(reason(['2026-10-08', '', '', '', '10', ''])).toBeNull()
    // A 凭证号 and a 摘要 waiting for an amount: an entry whose error says the amount is missing.
    expect(reason(['', '记-2', '修路', '公益支出', '', ''])).toBeNull()
    // A bad amount on a dated row is an entry with an amount error, never a skipped row.
    expect(reason(['2026-10-08', '记-3', '打印纸', '办公费', '12O', ''])).toBeNull()
    // A signature word inside a real line with an amount does not hide the line.
    expect(reason(['2026-10-09', '记-4', '出纳取现备用', '其他支出', '500', ''])).toBeNull()
  })

  it('a row with an amount but neither date nor 凭证号 is not an entry, and says what it lacks', () => {
    expect(reason(['', '', '', '', '100', ''])).toBe(HAS_AMOUNT)
    expect(reason(['', '', '补记利息', '利息收入', '35.5', ''])).toBe(HAS_AMOUNT)
    // A date or 凭证号 alone: what is missing is the rest, not the date.
    expect(reason(['2026-10-08', '', '', '', '', ''])).toBe('没有金额、摘要和科目，不是一笔账')
    expect(reason(['', '记-9', '', '', '', ''])).toBe('没有金额、摘要和科目，不是一笔账')
  })

  it('after a blank row, a line with an amount but no date or 凭证号 is skipped saying so', async () => {
    const bytes = utf8(
      csvText([
        ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
        ['2026-03-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '1200', ''],
        ['', '', '', '', '', ''],
        ['', '', '补记存款利息', '其他收入', '35.50', ''],
      ]),
    )
    const p = await preview(bytes, { fileName: '三月.csv' })
    expect(p.rows.map((r) => [r.line, r.kind, r.skipReason])).toEqual([
      [2, 'entry', undefined],
      [3, 'skipped', '空行'],
      [4, 'skipped', HAS_AMOUNT],
    ])
  })
})
