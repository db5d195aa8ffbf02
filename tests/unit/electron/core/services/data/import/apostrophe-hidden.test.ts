import { describe, expect, it } from 'vitest'
import { readXls } from '../../../../../../../electron/core/services/data/import/xls'
import { preview, utf8, xlsx } from './files'
import {
  compoundFile,
  font,
  format,
  label,
  labelXf,
  numberFormula,
  workbook,
  xf,
} from './xls-files'

const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人']

describe('import: Excel’s text apostrophe and hidden content, as the clerk sees the sheet', () => {
  it("a voucher number typed as text ('0012) is stored as Excel shows it, 0012", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      ws.addRow(['2026-01-05', "'0012", '收到鱼塘承包费', '发包及上交收入', '8000', '', "'吴春燕"])
    })
    const p = await preview(bytes, { fileName: '收支.xlsx' })
    const entry = p.rows.find((r) => r.line === 2)!
    expect(entry.errors).toEqual([])
    expect(entry.entry?.voucherNo).toBe('0012')
    expect(entry.entry?.handler).toBe('吴春燕')
  })

  it('a red figure with the apostrophe is refused showing the figure as Excel does', async () => {
    const page = `<html><body><table>
      <tr>${HEAD.map((h) => `<td>${h}</td>`).join('')}</tr>
      <tr><td>2026-01-05</td><td>网-1</td><td>冲销多记的承包费</td><td>发包及上交收入</td>
        <td style="color:red">'1,234.50</td><td></td><td>吴春燕</td></tr>
    </table></body></html>`
    const p = await preview(utf8(page), { fileName: '收支.xls' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('金额 1,234.50 在表格里是红字')
    expect(row.errors.join('\n')).not.toContain("'")
    expect(p.canCommit).toBe(false)
  })

  it("a red-font figure kept as text in .xlsx (typed '1234.50) is refused as 红字 too", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      const row = ws.addRow([
        '2026-01-05',
        '记-1',
        '冲销',
        '发包及上交收入',
        "'1234.50",
        '',
        '吴春燕',
      ])
      row.getCell(5).font = { color: { argb: 'FFFF0000' } }
      const plain = ws.addRow(['2026-01-06', '记-2', '冲销', '发包及上交收入', '', '300', '吴春燕'])
      plain.getCell(6).font = { color: { argb: 'FFFF0000' } }
    })
    const p = await preview(bytes, { fileName: '收支.xlsx' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('金额 1234.50 在表格里是红字')
    expect(row.errors.join('\n')).not.toContain("'")
    const plain = p.rows.find((r) => r.line === 3)!
    expect(plain.entry).toBeUndefined()
    expect(plain.errors.join('\n')).toContain('金额 300 在表格里是红字')
    expect(p.canCommit).toBe(false)
  })

  it("a red-font figure kept as text in .xls ('1234.50) is refused as 红字, shown as Excel does", async () => {
    // Fonts 0–3 automatic, font 5 (the fifth record) red; XF 0: automatic, XF 1: the red font.
    const auto = font(0x7fff)
    const before = [auto, auto, auto, auto, font(0x0a), xf(0, 0), xf(0, 5)]
    const cells = [
      ...HEAD.map((h, c) => label(0, c, h)),
      ...['2026-01-05', '记-1', '冲销', '发包及上交收入'].map((t, c) => label(1, c, t)),
      labelXf(1, 4, "'1234.50", 1),
      label(1, 6, '吴春燕'),
    ]
    const bytes = compoundFile([['Workbook', workbook(before, [['1月', cells]])]])
    const p = await preview(new Uint8Array(bytes), { fileName: '收支.xls' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('金额 1234.50 在表格里是红字')
    expect(row.errors.join('\n')).not.toContain("'")
    expect(p.canCommit).toBe(false)
  })

  it('a formula result its number format hides (;;;) in .xlsx is refused, as a typed figure is', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      const row = ws.addRow([
        '2026-01-05',
        '记-1',
        '收到鱼塘承包费',
        '发包及上交收入',
        null,
        '',
        '吴春燕',
      ])
      row.getCell(5).value = { formula: '400+599', result: 999 }
      row.getCell(5).numFmt = ';;;'
    })
    const p = await preview(bytes, { fileName: '收支.xlsx' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('第 5 列“收入”这一格在表格里是隐藏的')
    expect(p.canCommit).toBe(false)
  })

  it('a formula result its number format hides (;;;) in .xls is listed hidden and refused', async () => {
    // XF 0: general; 1: ;;; (hides all).
    const before = [format(164, ';;;'), xf(0), xf(164)]
    const cells = [
      ...HEAD.map((h, c) => label(0, c, h)),
      ...['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入'].map((t, c) => label(1, c, t)),
      numberFormula(1, 4, 999, 1),
      label(1, 6, '吴春燕'),
    ]
    const bytes = compoundFile([['Workbook', workbook(before, [['1月', cells]])]])
    const [grid] = readXls(bytes)
    expect(grid!.hiddenCells).toEqual([[1, 4]])
    const p = await preview(new Uint8Array(bytes), { fileName: '收支.xls' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('第 5 列“收入”这一格在表格里是隐藏的')
    expect(p.canCommit).toBe(false)
  })

  it('a web page’s hidden first table does not give the header: the shown table does', async () => {
    const table = (style: string, head: string[], line: string[]) =>
      `<table${style}><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>` +
      `<tr>${line.map((t) => `<td>${t}</td>`).join('')}</tr></table>`
    const page = `<html><body>
      ${table(' style="display:none"', HEAD, ['2026-01-02', '旧-9', '隐藏的旧账', '办公费', '500', '', '某'])}
      ${table('', HEAD, ['2026-01-05', '网-1', '收到鱼塘承包费', '发包及上交收入', '8000', '', '吴春燕'])}
    </body></html>`
    const p = await preview(utf8(page), { fileName: '收支.xls' })
    expect(p.headerRow).toBe(3)
    expect(p.columns.map((c) => c.label)).toEqual(HEAD)
    const entries = p.rows.filter((r) => r.entry)
    expect(entries.map((r) => [r.line, r.entry?.voucherNo, r.entry?.amountFen])).toEqual([
      [4, '网-1', 800_000],
    ])
    // The hidden table's lines are not imported, and the preview says so, as for hidden rows.
    expect(p.rows.find((r) => r.values.includes('旧-9'))?.skipReason).toBe(
      '在表格里是隐藏的行，没有导入',
    )
    expect(p.rows.some((r) => r.entry?.summary === '隐藏的旧账')).toBe(false)
    expect(p.canCommit).toBe(true)
  })

  it("a 凭证字 column beside a text 凭证号 ('0001) is read as 记-0001, without the apostrophe", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(['日期', '凭证字', '凭证号', '摘要', '科目', '收入', '支出'])
      ws.addRow(['2026-01-05', '记', "'0001", '收到鱼塘承包费', '发包及上交收入', '8000', ''])
      ws.addRow(['2026-01-06', "'付", '0002', '购买办公用品', '办公费', '', '356.50'])
    })
    const p = await preview(bytes, { fileName: '收支.xlsx' })
    expect(p.rows.map((r) => [r.line, r.entry?.voucherNo, r.errors])).toEqual([
      [2, '记-0001', []],
      [3, '付-0002', []],
    ])
  })

  it("'0012 and 0012 on one day are one voucher, as both are stored 0012", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(HEAD)
      ws.addRow(["'2026-01-05", "'0012", '收到鱼塘承包费', '发包及上交收入', '8000', '', '吴春燕'])
      ws.addRow(['2026-01-05', '0012', '收到租金', '经营收入', '3000', '', '吴春燕'])
      ws.addRow(['2026-01-06', '0013', '购买办公用品', '办公费', '', '356.50', '李国强'])
      ws.addRow(['2026-01-07', "'0013", '道路维修材料', '公益事业支出', '', '1234.50', '李国强'])
    })
    const p = await preview(bytes, { fileName: '收支.xlsx' })
    expect(p.rows.map((r) => [r.line, r.entry?.voucherNo, r.errors])).toEqual([
      [2, '0012-1', []],
      [3, '0012-2', []],
      [4, '0013', []],
      [5, undefined, ['凭证号“0013”与第 4 行重复']],
    ])
  })

  it('a year in a hidden title row of the sheet does not set the book’s year', async () => {
    const book = async (titles: Array<[string, boolean]>) =>
      preview(
        await xlsx((wb) => {
          const ws = wb.addWorksheet('现金日记账')
          for (const [title, hidden] of titles) ws.addRow([title]).hidden = hidden
          ws.addRow(['月', '日', '凭证号', '摘要', '科目', '收入', '支出'])
          ws.addRow([3, 5, '记-1', '收承包费', '发包及上交收入', 8000, null])
        }),
        { fileName: '收支.xlsx', period: undefined },
      )
    const dateOf = (p: Awaited<ReturnType<typeof book>>) => p.rows.find((r) => r.entry)?.entry?.date
    // Only a hidden row names a year: read as a book that names none (this year, 2026).
    const none = await book([['红旗村现金日记账', false]])
    const hiddenOnly = await book([
      ['红旗村2025年度现金日记账', true],
      ['红旗村现金日记账', false],
    ])
    expect(dateOf(none)).toBe('2026-03-05')
    expect(dateOf(hiddenOnly)).toBe('2026-03-05')
    // A shown 2025年度 is the book's year, whatever year a hidden row names.
    const shown = await book([
      ['红旗村2024年度现金日记账', true],
      ['红旗村2025年度现金日记账', false],
    ])
    expect(dateOf(shown)).toBe('2025-03-05')
  })

  it('a year in a web page’s hidden table does not set the book’s year', async () => {
    const page = (hiddenTitle: string) =>
      utf8(`<html><body>
      <table style="display:none"><tr><td>${hiddenTitle}</td></tr></table>
      <table><tr><td>红旗村现金日记账</td></tr>
        <tr>${['月', '日', '凭证号', '摘要', '科目', '收入', '支出'].map((h) => `<td>${h}</td>`).join('')}</tr>
        <tr><td>3</td><td>5</td><td>网-1</td><td>收承包费</td><td>发包及上交收入</td><td>8000</td><td></td></tr>
      </table></body></html>`)
    const p = await preview(page('红旗村2025年度现金日记账'), {
      fileName: '收支.xls',
      period: undefined,
    })
    expect(p.rows.find((r) => r.entry)?.entry?.date).toBe('2026-03-05')
    expect(p.rows.find((r) => r.values.includes('红旗村2025年度现金日记账'))?.skipReason).toBe(
      '在表格里是隐藏的行，没有导入',
    )
  })

  it('a hidden row picked by hand as the header is refused, naming the row', async () => {
    // Row 1 is hidden and names the columns in another order: its labels must not map them.
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('1月')
      ws.addRow(['摘要', '日期', '凭证号', '科目', '支出', '收入', '经手人']).hidden = true
      ws.addRow(HEAD)
      ws.addRow(['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '8000', '', '吴春燕'])
    })
    await expect(preview(bytes, { fileName: '收支.xlsx', headerRow: 1 })).rejects.toThrow(
      '第 1 行在表格里是隐藏的，不能作表头，请选表格里看得见的那一行',
    )
    // The row the clerk sees is still a header to pick.
    const p = await preview(bytes, { fileName: '收支.xlsx', headerRow: 2 })
    expect(p.headerRow).toBe(2)
    expect(p.rows.find((r) => r.line === 3)?.entry?.amountFen).toBe(800_000)
    expect(p.canCommit).toBe(true)
  })

  it('a row of a web page’s hidden table picked by hand as the header is refused', async () => {
    const row = (cells: string[]) => `<tr>${cells.map((t) => `<td>${t}</td>`).join('')}</tr>`
    const page = `<html><body>
      <table style="display:none">${row(HEAD)}${row(['2026-01-02', '旧-9', '隐藏的旧账', '办公费', '500', '', '某'])}</table>
      <table>${row(HEAD)}${row(['2026-01-05', '网-1', '收到鱼塘承包费', '发包及上交收入', '8000', '', '吴春燕'])}</table>
    </body></html>`
    await expect(preview(utf8(page), { fileName: '收支.xls', headerRow: 1 })).rejects.toThrow(
      '第 1 行在表格里是隐藏的，不能作表头，请选表格里看得见的那一行',
    )
  })
})
