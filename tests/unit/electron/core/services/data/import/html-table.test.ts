import { describe, expect, it } from 'vitest'
import { readHtmlTable } from '../../../../../../../electron/core/services/data/import/html-table'
import { gbk, preview, utf8, xlsx } from './files'

/**
 * What a 三资管理平台's 导出Excel button gives: a GBK web page named .xls, with a style sheet, a
 * title above the table, a merged heading, a date spanning two lines, thousands separators,
 * &nbsp; in empty cells, a line break inside a 摘要, and a script that must stay text-free.
 */
const PLATFORM_PAGE = `<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td { mso-number-format:"\\@"; } .xl65 { color: red }</style>
<script>document.write('<table><tr><td>不是账目</td></tr></table>')</script></head>
<body>
<h3>联盟村 2026年3月 收支明细</h3>
<!-- <table><tr><td>注释里的表</td></tr></table> -->
<table border="1">
  <tr><td colspan="7" align="center"><b>现金日记账</b></td></tr>
  <tr><th>日期</th><th>凭证号</th><th>摘要</th><th>科目</th><th>收入</th><th>支出</th><th>经手人</th></tr>
  <tr><td rowspan="2">2026-03-03</td><td>网-1</td><td>收到鱼塘<br>承包费</td><td>发包及上交收入</td>
      <td x:num="8000">8,000.00</td><td>&nbsp;</td><td><span>吴春燕</span></td></tr>
  <tr><td>网-2</td><td>购买办公用品 &amp; 纸张</td><td>办公费</td><td>&nbsp;</td><td>356.50</td><td>吴春燕</td></tr>
  <tr><td>2026/3/12</td><td>网-3</td><td>三组路灯维修</td><td>公益事业支出</td><td></td><td>1,234.50</td><td>李国强</td></tr>
  <tr><td colspan="4">本月合计</td><td>8,000.00</td><td>1,591.00</td><td></td></tr>
</table>
</body></html>`

describe('import: a web page saved as .xls (a platform export) reads as Excel shows it', () => {
  it('the GBK page previews with Excel’s row numbers, the spanned date on both lines', async () => {
    const p = await preview(gbk(PLATFORM_PAGE), { fileName: '收支明细.xls', period: '2026-Q1' })
    expect(p.kind).toBe('html')
    expect(p.encoding).toBe('GB18030')
    // Row 1 is the title above the table, row 2 the merged heading, row 3 the header.
    expect(p.headerRow).toBe(3)
    const entries = p.rows.filter((r) => r.kind === 'entry')
    expect(
      entries.map((r) => [r.line, r.entry?.date, r.entry?.summary, r.entry?.amountFen, r.errors]),
    ).toEqual([
      [4, '2026-03-03', '收到鱼塘 承包费', 800_000, []],
      [5, '2026-03-03', '购买办公用品 & 纸张', 35_650, []],
      [6, '2026-03-12', '三组路灯维修', 123_450, []],
    ])
    expect(p.rows.find((r) => r.line === 7)?.kind).toBe('skipped')
    expect(JSON.stringify(p)).not.toContain('不是账目')
    expect(JSON.stringify(p)).not.toContain('注释里的表')
  })

  it('a personal ID number in a row is refused there, as from .xlsx or CSV', async () => {
    const page = PLATFORM_PAGE.replace('三组路灯维修', '退110101199003071234押金')
    const p = await preview(gbk(page), { fileName: '收支明细.xls', period: '2026-Q1' })
    expect(p.rows.find((r) => r.line === 6)?.errors.join('')).toContain('身份证号')
    expect(p.canCommit).toBe(false)
  })

  it('rowspan and colspan take their cells; the rest of the row moves right of them', () => {
    const [grid] = readHtmlTable(
      '<table><tr><td rowspan=2 colspan=2>甲</td><td>乙</td></tr><tr><td>丙</td></tr>' +
        '<tr><td>丁</td><td>&#25143;&#x6237;</td></tr></table>',
    )
    expect(grid!.rows).toEqual([
      ['甲', '甲', '乙'],
      ['甲', '甲', '丙'],
      ['丁', '户户'],
    ])
    expect(grid!.mergedDown).toEqual([
      [1, 0],
      [1, 1],
    ])
  })

  it('two tables stack as in Excel, with the text between them on its own row', () => {
    const [grid] = readHtmlTable(
      '<div>表一</div><table><tr><td>a</td></tr></table><p>表二</p><table><tr><td>b</td></tr></table>',
    )
    expect(grid!.rows).toEqual([['表一'], ['a'], ['表二'], ['b']])
  })

  it('a rowspan ends with its table; the text and table after it keep their columns', () => {
    const [grid] = readHtmlTable(
      '<table><tr><td rowspan="3">合计</td><td>100</td></tr></table><p>制表人：张三</p>' +
        '<table><tr><td>日期</td><td>金额</td></tr></table>',
    )
    expect(grid!.rows).toEqual([['合计', '100'], ['制表人：张三'], ['日期', '金额']])
  })

  it('a quoted > in an attribute, and İ in a skipped title, leave the cells as they are', () => {
    const [grid] = readHtmlTable(
      `<html><head><title>${'İ'.repeat(40)}</title></head><body>` +
        '<table><tr><td title="收入>支出">电费</td><td>120</td></tr></table></body></html>',
    )
    expect(grid!.rows).toEqual([['电费', '120']])
  })

  it('spans over the whole sheet again and again are refused, not filled', () => {
    const cells = '<td rowspan="20000" colspan="200">x</td>'.repeat(20)
    expect(() => readHtmlTable(`<table><tr>${cells}</tr></table>`)).toThrow(
      '表格里合并的单元格太多',
    )
  })

  it('a cell past column 200 is refused like in .xlsx; broken markup still ends', () => {
    const wide = `<table><tr>${'<td>1</td>'.repeat(201)}</tr></table>`
    expect(() => readHtmlTable(wide)).toThrow('右边很远的地方还有内容（超过 200 列）')
    const broken = '<table><tr><td>日期<td>摘要<tr><td>2026-11-03<td>买纸'
    expect(readHtmlTable(broken)[0]!.rows).toEqual([
      ['日期', '摘要'],
      ['2026-11-03', '买纸'],
    ])
  })

  it('megabytes of broken markup are read to the end, not backtracked over for hours', () => {
    const junk = 2 * 2 ** 20
    const cut = `<table><tr><td>日期</td></tr>${'<td '.repeat(junk / 4)}`
    expect(readHtmlTable(cut)[0]!.rows).toEqual([['日期']])
    for (const tail of [
      '<'.repeat(junk) + '>',
      '<!--'.repeat(junk / 4),
      '<script>' + '<'.repeat(junk),
      '<style>' + '/*'.repeat(junk / 2),
      '<style>{'.repeat(junk / 8),
      '<style'.repeat(junk / 6),
    ]) {
      expect(readHtmlTable(`<table><tr><td>日期</td></tr>${tail}`)[0]!.rows).toEqual([['日期']])
    }
  })

  it('a figure in red is marked 红字 and a hidden row listed, however the page says so', async () => {
    const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出']
    const tr = (cells: string[], attrs = '') =>
      `<tr${attrs}>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`
    const line = (no: string, summary: string, expense: string, attrs = '') =>
      tr(['2026-03-05', no, summary, '办公费', '', expense], attrs)
    // As Excel saves a web page: class rules in a style sheet (a comment in it too).
    const page = `<html><head><style><!--
      .xl65 {mso-style-parent:style0; color:red; font-weight:700}
      td.xl66 {color:#800000}
      .xl67, .xl68 {color:#FF0000 !important}
      .xl69 {display:none}
      /* .xl70 {color:red} */
      .xl71 {background-color:red; mso-pattern:auto}
    --></style></head><body><table>
      ${tr(HEAD)}
      ${line('网-1', '购买办公用品', '356.50')}
      ${line('网-2', '冲销网-1', '<td class=xl65>56.50</td>')}
      ${line('网-3', '作废的重复凭证', '356.50', " height=0 style='display:none'")}
      ${line('网-4', '深红色不算', '<td class="xl66">100</td>')}
      ${line('网-5', '字体标红', '<td><font color="#ff0000">1,200.00</font></td>')}
      ${line('网-6', '整行红字', '88', ' style="COLOR: rgb(230, 20, 20)"')}
      ${line('网-7', '类名隐藏', '10', ' class="xl69"')}
      ${line('网-8', '注释里的规则不算', '<td class="xl70">20</td>')}
      ${line('网-9', '底色红不算', '<td class="xl71">30</td>')}
      ${line('网-10', '<span style="color:red">红色摘要</span>', '<td class="xl68">-40</td>')}
      ${line('网-11', '第二个类名', '<td class="x xl67">￥50元</td>')}
      ${line('网-12', '全角和人民币', '<td class="xl65">人民币１００</td>')}
      ${tr([''], ' style="display:none"')}
    </table></body></html>`
    const [grid] = readHtmlTable(page)
    expect(grid!.rows.slice(1).map((r) => [r[1], r[5]])).toEqual([
      ['网-1', '356.50'],
      ['网-2', '红字56.50'],
      ['网-3', '356.50'],
      ['网-4', '100'],
      ['网-5', '红字1,200.00'],
      ['网-6', '红字88'],
      ['网-7', '10'],
      ['网-8', '20'],
      ['网-9', '30'],
      ['网-10', '-40'],
      ['网-11', '红字￥50元'],
      ['网-12', '红字人民币１００'],
    ])
    expect(grid!.rows[10]![2]).toBe('红色摘要')
    // The empty hidden row at the end holds nothing to skip.
    expect(grid!.hiddenRows).toEqual([3, 7])
    const p = await preview(utf8(page), { fileName: '收支明细.xls', period: '2026-Q1' })
    const said = Object.fromEntries(
      p.rows.map((r) => [r.values[1], r.skipReason ?? r.errors.join('')]),
    )
    expect(said['网-2']).toContain('金额 56.50 在表格里是红字（冲销）')
    expect(said['网-5']).toContain('金额 1,200.00 在表格里是红字（冲销）')
    expect(said['网-3']).toBe('在表格里是隐藏的行，没有导入')
    expect(said['网-7']).toBe('在表格里是隐藏的行，没有导入')
    expect(said['网-4']).toBe('')
    expect(p.canCommit).toBe(false)
  })

  it('a figure red by its number format (mso-number-format with [Red]) is marked 红字', () => {
    const page = `<html><head><style>
      .xl70 {mso-number-format:"\\#\\,\\#\\#0\\.00_ \\;\\[Red\\]\\\\-\\#\\,\\#\\#0\\.00\\ "; color:black}
      .xl71 {mso-number-format:"\\[Red\\]\\#\\,\\#\\#0\\.00"}
      .xl72 {mso-number-format:"\\@"; color: windowtext}
    </style></head><body><table><tr>
      <td class=xl70>1,288.07</td>
      <td class=xl71>56.50</td>
      <td class=xl72>88</td>
      <td style='mso-number-format:"\\[Red\\]0\\.00"'>10</td>
      <td style="mso-number-format:&quot;[RED]0.00&quot;;color:#000">11</td>
      <td class=xl71>冲销</td>
    </tr></table></body></html>`
    expect(readHtmlTable(page)[0]!.rows).toEqual([
      ['1,288.07', '红字56.50', '88', '红字10', '红字11', '冲销'],
    ])
  })

  it('judges a format’s [Red] by the figure Excel kept (x:num), and keeps a hidden minus', async () => {
    const page = `<html><head><style>
      .xl73 {mso-number-format:"\\#\\,\\#\\#0\\.00\\;\\[Red\\]\\#\\,\\#\\#0\\.00";}
      .xl74 {mso-number-format:"\\[Red\\]\\[>1000\\]0\\.00\\;0\\.00";}
    </style></head><body><table>
      <tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>收入</td><td>支出</td></tr>
      <tr><td>2026-03-05</td><td>网-1</td><td>负数显示成红字</td><td>办公费</td><td></td>
        <td class=xl73 x:num="-1288.07">1,288.07</td></tr>
      <tr><td>2026-03-06</td><td>网-2</td><td>大于一千标红</td><td>办公费</td><td></td>
        <td class=xl74 x:num="5000">5000.00</td></tr>
      <tr><td>2026-03-07</td><td>网-3</td><td>一千以内不红</td><td>办公费</td><td></td>
        <td class=xl74 x:num="500">500.00</td></tr>
      <tr><td>2026-03-08</td><td>网-4</td><td>正数照常</td><td>办公费</td><td></td>
        <td class=xl73 x:num="88">88.00</td></tr>
    </table></body></html>`
    const [grid] = readHtmlTable(page)
    expect(grid!.rows.slice(1).map((r) => r[5])).toEqual([-1288.07, '红字5000', 500, 88])
    const p = await preview(utf8(page), { fileName: '三月.xls', period: '2026-Q1' })
    expect(p.rows[0]!.errors.join('')).toContain('是负数')
    expect(p.canCommit).toBe(false)
  })

  it('imports the figure Excel kept (x:num), not the rounded text it shows, as the .xlsx does', async () => {
    const head = ['日期', '凭证号', '摘要', '科目', '收入', '支出']
    // A money column formatted #,##0 shows 1234.5 as 1,235; a share formatted 0.00 shows
    // 1234.567 as 1234.57.
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel">
      <head><meta charset="utf-8"><style>
      .xl66 {mso-number-format:"\\#\\,\\#\\#0";}
      .xl67 {mso-number-format:"0\\.00";}
      </style></head><body><table>
      <tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>
      <tr><td>2026-03-05</td><td>网-1</td><td>购买办公用品</td><td>办公费</td><td></td>
        <td class=xl66 align=right x:num="1234.5">1,235</td></tr>
      <tr><td>2026-03-06</td><td>网-2</td><td>分摊电费</td><td>办公费</td><td></td>
        <td class=xl67 align=right x:num="1234.567">1234.57</td></tr>
    </table></body></html>`
    const book = await xlsx((wb) => {
      const ws = wb.addWorksheet('三月')
      ws.addRow(head)
      ws.addRow(['2026-03-05', '网-1', '购买办公用品', '办公费', null, 1234.5])
      ws.addRow(['2026-03-06', '网-2', '分摊电费', '办公费', null, 1234.567])
      ws.getColumn(6).numFmt = '#,##0'
    })
    const show = (p: Awaited<ReturnType<typeof preview>>) =>
      p.rows.map((r) => (r.entry ? r.entry.amountFen : r.errors.join('')))
    const asXlsx = await preview(book, { fileName: '三月.xlsx', period: '2026-Q1' })
    const asHtml = await preview(utf8(page), { fileName: '三月.xls', period: '2026-Q1' })
    expect(show(asXlsx)).toEqual([123_450, '金额“1234.567”超过两位小数，请精确到分'])
    expect(show(asHtml)).toEqual(show(asXlsx))
  })

  it('a figure in a red CSS colour name (crimson, orangered, indianred) is red; darker names are not', () => {
    const cell = (c: string) => `<td style="color:${c}">5</td>`
    const names = ['Crimson', 'orangered', 'IndianRed', 'darkred', 'tomato', 'reddish', 'pink']
    const page = `<table><tr>${names.map(cell).join('')}</tr></table>`
    expect(readHtmlTable(page)[0]!.rows).toEqual([['红字5', '红字5', '红字5', '5', '5', '5', '5']])
  })

  it('a colour with a megabyte of spaces in it is read at once, not backtracked over', () => {
    const spaces = ' '.repeat(2 ** 20)
    const page = `<table><tr><td style="color:red${spaces}!important">5</td><td style="color:a${spaces}b">6</td></tr></table>`
    expect(readHtmlTable(page)[0]!.rows).toEqual([['红字5', '6']])
  })

  it('a CSV whose first cell starts with < is still a CSV', async () => {
    const p = await preview(
      utf8(
        '<备注>,日期,凭证号,摘要,科目,收入,支出\r\n,2026-01-05,记-1,收款,发包及上交收入,100,\r\n',
      ),
    )
    expect(p.kind).toBe('csv')
  })
})

describe('import: a column hidden in a web page saved as .xls', () => {
  const HIDDEN_5 =
    '第 5 列“借方”在表格里是隐藏的，打开表格看不到里面的数，却会被当成“收入（借方）”导入；请在上面改选看得见的那一列，或在 Excel 里取消隐藏、删掉不用的列后再导入'
  /**
   * Two 借方 columns (5 and 6), as the .xlsx test's book, under a title spanning the table:
   * `cols` go before the rows, `fifth` and `sixth` are those columns' cell attributes.
   */
  const page = (cols: string, fifth = '', sixth = '', style = '') => {
    const tr = (cells: string[]) =>
      `<tr>${cells.map((v, i) => `<td${i === 4 ? fifth : i === 5 ? sixth : ''}>${v}</td>`).join('')}</tr>`
    return utf8(`<html><head><style><!--
      .xl70 {mso-style-parent:style0; display:none}
      ${style}
    --></style></head><body><table>${cols}
      <tr><td colspan=7>联盟村 2026年3月 收支明细</td></tr>
      ${tr(['日期', '凭证号', '摘要', '科目', '借方', '借方', '贷方'])}
      ${tr(['2026-03-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '999.00', '1,200.00', ''])}
    </table></body></html>`)
  }
  const COLS = '<col width=72 span=4 style="width:54pt">'

  it.each([
    ['<col style="display:none">', page(`${COLS}<col style="display:none"><col span=2>`)],
    [
      'Excel’s own <col width=0> and cells display:none',
      page(
        `${COLS}<col width=0 style='display:none;mso-width-source:userset;mso-width-alt:0'>`,
        " style='display:none'",
      ),
    ],
    ['every cell of it display:none', page('', ' style="DISPLAY: none"')],
    ['every cell of it in a class the style sheet hides', page('', ' class=xl70')],
    ['a hidden class on its <col>', page(`${COLS}<col class="xl70">`)],
    [
      '<col style="visibility:collapse">',
      page(`${COLS}<col style="visibility: collapse"><col span=2>`),
    ],
    [
      'a <col> in a class visibility:collapse',
      page(`${COLS}<col class="gone">`, '', '', '.gone {visibility:collapse}'),
    ],
    ['every cell of it visibility:hidden', page('', " style='visibility:hidden'")],
    ['<col hidden> (the HTML hidden attribute)', page(`${COLS}<col hidden><col span=2>`)],
    ['every cell of it <td hidden>', page('', ' title="not hidden" hidden')],
  ])(
    'money read from a hidden column (%s) is refused in words, nothing imported',
    async (_, bytes) => {
      const p = await preview(bytes, { fileName: '收支明细.xls' })
      expect(p.problems).toContain(HIDDEN_5)
      expect(p.canCommit).toBe(false)
    },
  )

  it('a hidden column the mapping does not use is no problem', async () => {
    // The second 借方 (column 6) hidden as Excel writes it: the shown 借方 is the one read.
    const unused = page(
      `${COLS}<col width=72><col width=0 style='display:none'>`,
      '',
      ' class=xl70',
    )
    for (const bytes of [unused, page('', '', ' class=xl70')]) {
      const p = await preview(bytes, { fileName: '收支明细.xls' })
      expect(p.mapping.income).toBe(4)
      expect(p.problems).toEqual([])
      expect(p.rows.filter((r) => r.kind === 'entry').map((r) => r.entry?.amountFen)).toEqual([
        99_900,
      ])
      expect(p.canCommit).toBe(true)
    }
  })

  /** Two lines under the header; `cell` is the attributes of line 记-1's 借方 (column 5). */
  const oneCell = (cell: string, style = '') =>
    utf8(`<html><head><style>${style}</style></head><body><table>
      <tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>借方</td><td>贷方</td></tr>
      <tr><td>2026-03-05</td><td>记-1</td><td>收到鱼塘承包费</td><td>发包及上交收入</td><td${cell}>999.00</td><td></td></tr>
      <tr><td>2026-03-06</td><td>记-2</td><td>收到租金</td><td>发包及上交收入</td><td>500.00</td><td></td></tr>
    </table></body></html>`)
  /** The same page, line 记-1's 借方 cell holding `inner` as markup. */
  const pageWith = (inner: string) =>
    utf8(`<html><head><style>.xl71 {display:none}</style></head><body><table>
      <tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>借方</td><td>贷方</td></tr>
      <tr><td>2026-03-05</td><td>记-1</td><td>收到鱼塘承包费</td><td>发包及上交收入</td><td>${inner}</td><td></td></tr>
      <tr><td>2026-03-06</td><td>记-2</td><td>收到租金</td><td>发包及上交收入</td><td>500.00</td><td></td></tr>
    </table></body></html>`)
  const HIDDEN_CELL =
    '第 5 列“借方”这一格在表格里是隐藏的，打开表格看不到里面的“999.00”，却会被当成“收入（借方）”导入；请在 Excel 里取消隐藏或删掉这一格的内容后再导入'

  it.each([
    ['display:none', ' style="display:none"', ''],
    ['the hidden attribute', ' hidden', ''],
    ['visibility:hidden', " style='visibility: hidden'", ''],
    ['a class the style sheet hides', ' class=xl71', '.xl71 {display:none}'],
    ['a class visibility:collapse', ' class=xl72', 'td.xl72 {visibility:collapse}'],
  ])(
    'one hidden cell (%s) in a shown column: its line is refused, naming the column, nothing imported',
    async (_, cell, style) => {
      const p = await preview(oneCell(cell, style), { fileName: '收支明细.xls' })
      expect(p.mapping.income).toBe(4)
      const rows = p.rows.map((r) => [r.line, r.kind, r.entry?.amountFen, r.errors])
      expect(rows).toEqual([
        [2, 'entry', undefined, [HIDDEN_CELL]],
        [3, 'entry', 50_000, []],
      ])
      expect(p.canCommit).toBe(false)
    },
  )

  it('the same page with the cell shown imports both lines', async () => {
    const p = await preview(oneCell(''), { fileName: '收支明细.xls' })
    expect(p.rows.map((r) => [r.line, r.entry?.amountFen, r.errors])).toEqual([
      [2, 99_900, []],
      [3, 50_000, []],
    ])
    expect(p.canCommit).toBe(true)
  })

  it('a hidden cell in a column the mapping does not read is no problem', async () => {
    const p = await preview(
      utf8(`<table>
        <tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>借方</td><td>贷方</td><td>附注</td></tr>
        <tr><td>2026-03-05</td><td>记-1</td><td>收到鱼塘承包费</td><td>发包及上交收入</td><td>999.00</td><td></td><td style="display:none">内部备忘</td></tr>
      </table>`),
      { fileName: '收支明细.xls' },
    )
    expect(p.rows.map((r) => [r.line, r.entry?.amountFen, r.errors])).toEqual([[2, 99_900, []]])
    expect(p.canCommit).toBe(true)
  })

  it.each([
    ['<span style="display:none">1</span>999.00', '1'],
    ['999.00<font style="visibility:hidden">9</font>', '9'],
    ['<span hidden>1</span>999.00', '1'],
    ['<span class=xl71><b>1</b></span>999.00', '1'],
    ['<span style="display:none">1<span>2</span></span>999.00', '12'],
  ])(
    'text hidden inside a shown cell (%s) is refused on its line, naming what is hidden',
    async (cell, hiddenText) => {
      const p = await preview(pageWith(cell), { fileName: '收支明细.xls' })
      expect(p.rows.map((r) => [r.line, r.entry?.amountFen, r.errors])).toEqual([
        [
          2,
          undefined,
          [
            `第 5 列“借方”这一格里有藏起来看不到的“${hiddenText}”，会连同看得见的字一起当成“收入（借方）”导入；请在 Excel 里删掉隐藏的内容后再导入`,
          ],
        ],
        [3, 50_000, []],
      ])
      expect(p.canCommit).toBe(false)
    },
  )

  it('a shown span inside a cell, or a hidden one holding only spaces, reads as before', async () => {
    for (const cell of [
      '<span style="color:blue">999.00</span>',
      '999.00<span style="display:none"> </span>',
      '<span title="hidden" data-hidden="1">999.00</span>',
    ]) {
      const p = await preview(pageWith(cell), { fileName: '收支明细.xls' })
      expect(
        p.rows.map((r) => [r.line, r.entry?.amountFen, r.errors]),
        cell,
      ).toEqual([
        [2, 99_900, []],
        [3, 50_000, []],
      ])
    }
  })

  it.each([
    ['inside <div style="display:none">', '<div style="display:none"><table>', '</table></div>'],
    ['<table hidden>', '<table hidden>', '</table>'],
    ['<table class=xl71>', '<table class=xl71>', '</table>'],
  ])(
    'a table hidden in the page (%s) is not imported: its lines are skipped as hidden',
    async (_, open, close) => {
      const HEAD =
        '<tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>借方</td><td>贷方</td></tr>'
      const p = await preview(
        utf8(`<html><head><style>.xl71 {display:none}</style></head><body>${open}${HEAD}
        <tr><td>2026-03-05</td><td>记-9</td><td>藏起来的</td><td>发包及上交收入</td><td>999.00</td><td></td></tr>${close}
        <div>联盟村 收支明细</div>
        <table>${HEAD}<tr><td>2026-03-06</td><td>记-2</td><td>收到租金</td><td>发包及上交收入</td><td>500.00</td><td></td></tr></table>
      </body></html>`),
        { fileName: '收支明细.xls' },
      )
      const read = p.rows.filter((r) => r.kind === 'entry').map((r) => [r.line, r.entry?.amountFen])
      expect(read).toEqual([[5, 50_000]])
      expect(p.rows.find((r) => r.values.includes('记-9'))?.skipReason).toBe(
        '在表格里是隐藏的行，没有导入',
      )
    },
  )

  it.each([
    ['<tbody hidden>', '<tbody hidden>', '</tbody>'],
    ['<tbody style="display:none">', '<tbody style="display:none">', '</tbody>'],
    ["<tbody style='visibility:collapse'>", "<tbody style='visibility:collapse'>", '</tbody>'],
    ['<tbody class=xl71>', '<tbody class=xl71>', '</tbody>'],
    ['<thead hidden>', '<thead hidden>', '</thead>'],
  ])(
    'rows inside a hidden row group (%s) are skipped as hidden, the shown group’s read',
    async (_, open, close) => {
      const p = await preview(
        utf8(`<html><head><style>.xl71 {display:none}</style></head><body><table>
        <thead><tr><td>日期</td><td>凭证号</td><td>摘要</td><td>科目</td><td>借方</td><td>贷方</td></tr></thead>
        ${open}<tr><td>2026-03-05</td><td>记-9</td><td>藏起来的</td><td>发包及上交收入</td><td>999.00</td><td></td></tr>${close}
        <tbody><tr><td>2026-03-06</td><td>记-2</td><td>收到租金</td><td>发包及上交收入</td><td>500.00</td><td></td></tr></tbody>
      </table></body></html>`),
        { fileName: '收支明细.xls' },
      )
      const read = p.rows.filter((r) => r.kind === 'entry').map((r) => [r.line, r.entry?.amountFen])
      expect(read).toEqual([[3, 50_000]])
      expect(p.rows.find((r) => r.values.includes('记-9'))?.skipReason).toBe(
        '在表格里是隐藏的行，没有导入',
      )
    },
  )

  it('a row group that only says hidden in a quoted value (title="hidden") hides nothing', async () => {
    const grid = readHtmlTable(
      '<table><tbody title="hidden"><tr><td>a</td></tr></tbody><tr><td>b</td></tr></table>',
    )[0]!
    expect(grid.rows).toEqual([['a'], ['b']])
    expect(grid.hiddenRows).toBeUndefined()
  })
})
