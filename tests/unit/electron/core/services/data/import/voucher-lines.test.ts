/**
 * Real 凭证明细/序时账 exports that went in wrong without a word: a subtotal row counted as a
 * line, a real line dropped as a total, last year's book dated this year, and a receipt voucher
 * listing its cash line first refused as a duplicate. Found by an import review.
 */
import { describe, expect, it } from 'vitest'
import { csvText, preview, utf8, xlsx } from './files'

const csv = (rows: string[][], more: Parameters<typeof preview>[1] = {}) =>
  preview(utf8(csvText(rows)), more)
const lines = (p: Awaited<ReturnType<typeof preview>>) =>
  p.rows.filter((r) => r.entry).map((r) => [r.entry!.voucherNo, r.entry!.amountFen])

describe('vouchers as township software lists them', () => {
  it('a subtotal row that names its item (办公费小计, 一月份合计) is skipped, not a second line', async () => {
    for (const word of ['办公费小计', '一月份合计', '1月合计', '1月份支出合计']) {
      const p = await csv([
        ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
        ['2026-01-06', '记-3', '买办公用品', '办公费', '', '300'],
        ['2026-01-09', '记-5', '买墨盒', '办公费', '', '200'],
        ['', '', word, '办公费', '', '500'],
      ])
      expect(lines(p), word).toEqual([
        ['记-3', 30_000],
        ['记-5', 20_000],
      ])
      expect(p.rows[2]?.skipReason, word).toMatch(/计行，不是一笔账$/)
    }
  })

  it('a line after the first of its voucher whose 摘要 begins with 合计 is a line, not a total', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-06', '记-3', '购买办公用品', '管理费用', '300.00', ''],
      ['', '', '合计支付三户修路补贴', '公益支出', '5000.00', ''],
      ['', '', '付款', '库存现金', '', '5300.00'],
    ])
    expect(lines(p)).toEqual([
      ['记-3-1', 30_000],
      ['记-3-2', 500_000],
    ])
    expect(p.canCommit).toBe(true)
  })

  it('a 年 column: a 2025 book keeps its year', async () => {
    const p = await csv(
      [
        ['年', '月', '日', '凭证号', '摘要', '科目', '借方', '贷方'],
        ['2025', '1', '6', '记-3', '购买办公用品', '管理费用', '300.00', ''],
        ['2025', '1', '6', '记-3', '付款', '库存现金', '', '300.00'],
      ],
      { period: undefined },
    )
    expect(p.mapping.year).toBe(0)
    expect(p.rows[0]?.entry?.date).toBe('2025-01-06')
    // Into a 2026 period chosen by hand, the 2025 line is refused, not moved a year.
    const into = await csv([
      ['年', '月', '日', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2025', '1', '6', '记-3', '购买办公用品', '管理费用', '300.00', ''],
    ])
    expect(into.rows[0]?.entry).toBeUndefined()
    expect(into.rows[0]?.errors.join('')).toContain('2025-01-06')
  })

  it('a receipt voucher listing its cash line first: its lines are numbered, not refused', async () => {
    const p = await csv([
      ['凭证日期', '凭证号', '摘要', '科目名称', '借方', '贷方'],
      ['2026-01-06', '记-2', '收承包费', '银行存款', '50000.00', ''],
      ['2026-01-06', '记-2', '收鱼塘承包费', '发包及上交收入', '', '30000.00'],
      ['2026-01-06', '记-2', '收土地承包费', '发包及上交收入', '', '20000.00'],
    ])
    expect(lines(p)).toEqual([
      ['记-2-1', 3_000_000],
      ['记-2-2', 2_000_000],
    ])
    expect(p.canCommit).toBe(true)
  })
})

describe('the text a line keeps is checked like the text typed in', () => {
  it('a 会计科目 too long or with hidden characters is the row’s error', async () => {
    const long = await csv([
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      ['2026-01-05', '记-1', '买办公用品', `管理费用—办公费${'某'.repeat(300)}`, '', '100'],
    ])
    expect(long.rows[0]?.entry).toBeUndefined()
    expect(long.rows[0]?.errors).toEqual(['会计科目不能超过60个字'])
    expect(long.canCommit).toBe(false)
    const hidden = await csv([
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      ['2026-01-05', '记-1', '买办公用品', '管理费用—办公费\u202E', '', '100'],
    ])
    expect(hidden.rows[0]?.errors).toEqual(['会计科目含有不可见的控制字符，请删去后重试'])
  })

  it('a cell far too long for a line is refused for its length alone, not read for numbers', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      ['2026-01-05', '记-1', '13812345678，'.repeat(1000), '办公费', '', '100'],
    ])
    expect(p.rows[0]?.errors).toEqual(['摘要这一格有 12000 个字，不像一笔账，请检查这一行'])
    const subject = await csv([
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      ['2026-01-05', '记-1', '买办公用品', '1、'.repeat(1000), '', '100'],
    ])
    expect(subject.rows[0]?.errors).toEqual(['科目这一格有 2000 个字，不像一笔账，请检查这一行'])
    expect(subject.questions).toEqual([])
  })
})

describe('a voucher export lists 转账 vouchers too', () => {
  it('wages accrued (no cash side) are not a 收支; only the payment is, once', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-31', '记-1', '计提1月干部报酬', '管理费用—干部报酬', '5000.00', ''],
      ['2026-01-31', '记-1', '计提1月干部报酬', '应付工资', '', '5000.00'],
      ['2026-02-05', '记-2', '发放1月干部报酬', '应付工资', '5000.00', ''],
      ['2026-02-05', '记-2', '发放1月干部报酬', '库存现金', '', '5000.00'],
    ])
    expect(lines(p)).toEqual([['记-2', 500_000]])
    expect(p.rows.slice(0, 2).map((r) => r.skipReason)).toEqual([
      '转账凭证（没有库存现金或银行存款），不是一笔收支',
      '转账凭证（没有库存现金或银行存款），不是一笔收支',
    ])
    expect(p.counts.expenseFen).toBe(500_000)
    expect(p.canCommit).toBe(true)
  })
})

describe('what Excel shows is what is read', () => {
  const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出']

  it('an amount written in red (红字冲销) is refused as a reversal, not read as money spent', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      ws.addRow(['2026-01-06', '记-1', '购买办公用品', '办公费', null, 300])
      const red = ws.addRow(['2026-01-08', '记-2', '冲销多付的办公费', '办公费', null, 200])
      red.getCell(6).font = { color: { argb: 'FFFF0000' } }
    })
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    expect(lines(p)).toEqual([['记-1', 30_000]])
    expect(p.rows[1]?.errors.join('')).toContain('红字')
    expect(p.canCommit).toBe(false)
  })

  it('red given by palette index or by the theme (accent2) is red too; theme blue is not', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      const colours = [
        { indexed: 10 }, // Excel's palette red
        { theme: 5 }, // the workbook theme's accent2 (C0504D in exceljs's Office theme)
        { theme: 4 }, // accent1, blue
        { theme: 5, tint: 0.6 }, // accent2 made pale: pink, not red
        { argb: 'FFFF0000', tint: -0.25 }, // red a little darker: still red
      ]
      colours.forEach((color, i) => {
        const row = ws.addRow(['2026-01-06', `记-${i + 1}`, '办公用品', '办公费', null, 100 + i])
        row.getCell(6).font = { color } as never
      })
    })
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    expect(lines(p)).toEqual([
      ['记-3', 10_200],
      ['记-4', 10_300],
    ])
    expect(p.rows.map((r) => r.errors.some((e) => e.includes('红字')))).toEqual([
      true,
      true,
      false,
      false,
      true,
    ])
  })

  it('a row hidden in Excel is skipped and said, not imported unseen', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      ws.addRow(['2026-01-06', '记-1', '购买办公用品', '办公费', null, 300])
      ws.addRow(['2026-01-07', '记-2', '作废的一笔', '办公费', null, 900]).hidden = true
    })
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    expect(lines(p)).toEqual([['记-1', 30_000]])
    expect(p.rows[1]?.skipReason).toBe('在表格里是隐藏的行，没有导入')
  })
})

describe('what a self-review found the first fixes took too far', () => {
  it('a bank line written 银行存款 农商行 is the cash side: its voucher is a 收支, not dropped', async () => {
    for (const bank of ['银行存款 农商行', '银行存款（农商行）', '1002', '100201']) {
      const p = await csv([
        ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
        ['2026-01-05', '记-1', '买办公用品', '管理费用—办公费', '300.00', ''],
        ['2026-01-05', '记-1', '付款', '库存现金', '', '300.00'],
        ['2026-01-06', '记-2', '收承包费', '发包及上交收入', '', '50000.00'],
        ['2026-01-06', '记-2', '收承包费', bank, '50000.00', ''],
      ])
      expect(lines(p), bank).toEqual([
        ['记-1', 30_000],
        ['记-2', 5_000_000],
      ])
    }
  })

  it('a voucher with a subject still to be explained is not dropped: its question stays', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-05', '记-1', '买办公用品', '管理费用—办公费', '300.00', ''],
      ['2026-01-05', '记-1', '付款', '库存现金', '', '300.00'],
      ['2026-01-06', '记-2', '收承包费', '发包及上交收入', '', '50000.00'],
      ['2026-01-06', '记-2', '收承包费', '信用社', '50000.00', ''],
    ])
    expect(p.questions).toEqual(['信用社'])
    expect(p.canCommit).toBe(false)
  })

  it('a continued line whose 摘要 ends in 合计 but says what was paid is a line', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-06', '记-3', '购买办公用品', '管理费用', '300.00', ''],
      ['', '', '支付一季度电费合计', '管理费用—水电费', '900.00', ''],
      ['', '', '付款', '库存现金', '', '1200.00'],
    ])
    expect(lines(p)).toEqual([
      ['记-3-1', 30_000],
      ['记-3-2', 90_000],
    ])
  })
})

describe('an export sorted by subject', () => {
  it('a voucher whose cash line stands far from its other lines is still a 收支', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-05', '记-1', '买办公用品', '管理费用—办公费', '300.00', ''],
      ['2026-01-06', '记-2', '收承包费', '发包及上交收入', '', '50000.00'],
      ['2026-01-05', '记-1', '付款', '库存现金', '', '300.00'],
      ['2026-01-06', '记-2', '收承包费', '银行存款', '50000.00', ''],
    ])
    expect(lines(p)).toEqual([
      ['记-1', 30_000],
      ['记-2', 5_000_000],
    ])
  })
})
