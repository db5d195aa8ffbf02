/**
 * A column hidden in Excel holds figures the clerk never saw: when the import would read money or
 * a line's key from it, it says so and imports nothing, as it does for hidden rows and sheets.
 */
import { describe, expect, it } from 'vitest'
import { preview, xlsx } from './files'

const book = (hide: number | null, stray = false) =>
  xlsx((wb) => {
    const ws = wb.addWorksheet('10月')
    ws.addRow(['日期', '凭证号', '摘要', '科目', '借方', '借方', '贷方'])
    ws.addRow(['2026-10-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '999', '1200', ''])
    if (hide !== null) ws.getColumn(hide).hidden = true
    if (!stray) return
    // A space in column XFD and a formatted empty cell in the sheet's last row.
    ws.getCell('XFD1').value = ' '
    ws.getCell(1_048_576, 1).numFmt = '0.00'
  })

const HIDDEN_5 =
  '第 5 列“借方”在表格里是隐藏的，打开表格看不到里面的数，却会被当成“收入（借方）”导入；请在上面改选看得见的那一列，或在 Excel 里取消隐藏、删掉不用的列后再导入'

describe('import: a hidden column', () => {
  it('money read from a column hidden in Excel is refused in words, not imported unseen', async () => {
    const p = await preview(await book(5), { fileName: 'book.xlsx' })
    expect(p.problems).toContain(HIDDEN_5)
    expect(p.canCommit).toBe(false)
  })

  it('is still found in a sheet with a stray cell in column XFD and in its last row', async () => {
    // Looking for hidden columns once walked the sheet's million row slots 200 times over
    // (20–70 s on a busy machine) when its last row held a formatted empty cell.
    const p = await preview(await book(5, true), { fileName: 'book.xlsx' })
    expect(p.problems).toEqual([HIDDEN_5])
    expect(p.canCommit).toBe(false)
  })

  it('the same book with nothing hidden reads as before', async () => {
    const p = await preview(await book(null), { fileName: 'book.xlsx' })
    expect(p.problems).toEqual([])
  })

  it('a hidden column the mapping does not use is no problem', async () => {
    // The second 借方 (column 6) hidden: the first one, shown, is the one read.
    const p = await preview(await book(6), { fileName: 'book.xlsx' })
    expect(p.mapping.income).toBe(4)
    expect(p.problems).toEqual([])
  })

  /** Two lines; `fmt` is line 记-1's 借方 (E2) number format, `summaryFmt` its 摘要's. */
  const formatted = (fmt: string, summaryFmt?: string) =>
    xlsx((wb) => {
      const ws = wb.addWorksheet('10月')
      ws.addRow(['日期', '凭证号', '摘要', '科目', '借方', '贷方'])
      ws.addRow(['2026-03-05', '记-1', '收到鱼塘承包费', '发包及上交收入', 999, ''])
      ws.addRow(['2026-03-06', '记-2', '收到租金', '发包及上交收入', 500, ''])
      ws.getCell('E2').numFmt = fmt
      if (summaryFmt) ws.getCell('C2').numFmt = summaryFmt
      // An accountant's format that leaves zeros blank: a 0 there hides nothing.
      ws.getCell('F2').value = 0
      ws.getCell('F2').numFmt = '#,##0.00;-#,##0.00;'
    })
  const lines = async (bytes: Uint8Array) => {
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    return { p, rows: p.rows.map((r) => [r.line, r.entry?.amountFen, r.errors]) }
  }

  it.each([';;;', '[Red];;;', ';;', '[>=0];;;'])(
    'a figure its number format draws as nothing (%s) is refused on its line, naming the column',
    async (fmt) => {
      const { p, rows } = await lines(await formatted(fmt))
      expect(rows).toEqual([
        [
          2,
          undefined,
          [
            '第 5 列“借方”这一格在表格里是隐藏的，打开表格看不到里面的“999”，却会被当成“收入（借方）”导入；请在 Excel 里取消隐藏或删掉这一格的内容后再导入',
          ],
        ],
        [3, 50_000, []],
      ])
      expect(p.canCommit).toBe(false)
    },
  )

  it('a 摘要 hidden by ;;; is refused too; formats that show the figure read as before', async () => {
    const { rows } = await lines(await formatted('#,##0.00', ';;;'))
    expect(rows[0]).toEqual([
      2,
      undefined,
      [
        '第 3 列“摘要”这一格在表格里是隐藏的，打开表格看不到里面的“收到鱼塘承包费”，却会被当成“摘要”导入；请在 Excel 里取消隐藏或删掉这一格的内容后再导入',
      ],
    ])
    for (const fmt of ['#,##0.00', '0.00;;', '#,##0.00;[Red]-#,##0.00;;@', '@']) {
      expect((await lines(await formatted(fmt))).rows, fmt).toEqual([
        [2, 99_900, []],
        [3, 50_000, []],
      ])
    }
  })
})
