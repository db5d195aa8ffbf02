import { describe, expect, it } from 'vitest'
import { readSpreadsheetMl } from '../../../../../../../electron/core/services/data/import/spreadsheet-ml'
import { preview, utf8 } from './files'

/** A workbook as Excel 2003 saves "XML 电子表格" (some platforms name it .xls). */
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>乡镇平台</Author></DocumentProperties>
 <Styles><Style ss:ID="s62"><NumberFormat ss:Format="Short Date"/></Style></Styles>
 <Worksheet ss:Name="2026年3月明细账">
  <Table ss:ExpandedColumnCount="7" ss:ExpandedRowCount="8" x:FullColumns="1">
   <Column ss:Width="80"/>
   <Row><Cell ss:MergeAcross="6"><Data ss:Type="String">联盟村现金日记账</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">日期</Data></Cell><Cell><Data ss:Type="String">凭证号</Data></Cell>
    <Cell><Data ss:Type="String">摘要</Data></Cell><Cell><Data ss:Type="String">科目</Data></Cell>
    <Cell><Data ss:Type="String">收入</Data></Cell><Cell><Data ss:Type="String">支出</Data></Cell>
    <Cell><Data ss:Type="String">经手人</Data></Cell>
   </Row>
   <Row>
    <Cell ss:StyleID="s62" ss:MergeDown="1"><Data ss:Type="DateTime">2026-03-02T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">记-1</Data></Cell>
    <Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#FF0000">收到</Font>鱼塘承包费</ss:Data><Comment ss:Author="会计"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>备注不是账目</B></ss:Data></Comment></Cell>
    <Cell><Data ss:Type="String">发包及上交收入</Data></Cell>
    <Cell><Data ss:Type="Number">12000</Data></Cell>
    <Cell ss:Index="7"><Data ss:Type="String">王*明</Data></Cell>
   </Row>
   <Row>
    <Cell ss:Index="2"><Data ss:Type="String">记-2</Data></Cell>
    <Cell><Data ss:Type="String">购买办公用品 &amp; 纸张</Data></Cell>
    <Cell><Data ss:Type="String">办公费</Data></Cell>
    <Cell ss:Index="6"><Data ss:Type="Number">356.5</Data></Cell>
   </Row>
   <Row ss:Index="7"><Cell ss:Index="3"><Data ss:Type="String">本月合计</Data></Cell>
    <Cell ss:Index="5" ss:Formula="=SUM(R[-3]C:R[-1]C)"><Data ss:Type="Number">12000</Data></Cell>
    <Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="Sheet2"><Table/></Worksheet>
</Workbook>`

describe('import: Excel 2003 XML (XML 电子表格) reads like the same workbook in .xlsx', () => {
  it('cells land where ss:Index puts them; merges, dates, numbers and yes/no as exceljs gives', () => {
    const [ledger, empty] = readSpreadsheetMl(WORKBOOK)
    const title = '联盟村现金日记账'
    const day = new Date('2026-03-02T00:00:00Z')
    expect(ledger!.name).toBe('2026年3月明细账')
    expect(ledger!.rows).toEqual([
      [title, title, title, title, title, title, title],
      [],
      ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'],
      [day, '记-1', '收到鱼塘承包费', '发包及上交收入', 12000, null, '王*明'],
      [day, '记-2', '购买办公用品 & 纸张', '办公费', null, 356.5],
      [],
      [null, null, '本月合计', null, 12000, true],
    ])
    // The date merged down onto the second line counts once, as in .xlsx.
    expect(ledger!.mergedDown).toEqual([[4, 0]])
    expect(empty).toEqual({ name: 'Sheet2', rows: [], mergedDown: [] })
  })

  it('previews as Excel 2003 XML with its dates and fen; the comment is not read', async () => {
    const p = await preview(utf8(WORKBOOK), { fileName: '明细账.xls', period: '2026-Q1' })
    expect(p.kind).toBe('xml')
    expect(p.sheets).toEqual(['2026年3月明细账', 'Sheet2'])
    const entries = p.rows.filter((r) => r.kind === 'entry')
    expect(entries.map((r) => [r.line, r.entry?.date, r.entry?.amountFen, r.errors])).toEqual([
      [4, '2026-03-02', 1_200_000, []],
      [5, '2026-03-02', 35_650, []],
    ])
    expect(JSON.stringify(p)).not.toContain('备注不是账目')
    expect(JSON.stringify(p)).not.toContain('乡镇平台')
  })

  it('single-quoted attributes and ss:Span on empty rows place cells where Excel does', () => {
    const rows =
      "<Row><Cell><Data ss:Type='String'>甲</Data></Cell></Row><Row ss:Span='2'/>" +
      "<Row><Cell ss:Index='3'><Data ss:Type='Number'>12.5</Data></Cell></Row>"
    const book = WORKBOOK.replace(/<Table [\s\S]*<\/Table>/, `<Table>${rows}</Table>`)
    expect(readSpreadsheetMl(book)[0]!.rows).toEqual([['甲'], [], [], [], [null, null, 12.5]])
  })

  it('merges over the whole sheet again and again are refused, not filled', () => {
    const cells =
      '<Cell ss:MergeAcross="199" ss:MergeDown="19999"><Data ss:Type="String">x</Data></Cell>'
    const rows = Array.from({ length: 20 }, () => `<Row>${cells}</Row>`).join('')
    const book = WORKBOOK.replace(/<Table [\s\S]*<\/Table>/, `<Table>${rows}</Table>`)
    expect(() => readSpreadsheetMl(book)).toThrow('表格里合并的单元格太多')
  })

  it('megabytes of broken markup are read to the end, not backtracked over', () => {
    const junk = 2 * 2 ** 20
    for (const tail of [
      '<Cell a="' + 'x'.repeat(junk),
      '<a '.repeat(junk / 3),
      '<'.repeat(junk) + '>',
    ]) {
      const book = WORKBOOK.replace('</Table>', tail)
      expect(readSpreadsheetMl(book)[0]!.rows[2]).toEqual([
        '日期',
        '凭证号',
        '摘要',
        '科目',
        '收入',
        '支出',
        '经手人',
      ])
    }
  })

  it('a figure its number format draws as nothing (;;;) is listed hidden, as from .xlsx', () => {
    const book = WORKBOOK.replace(
      /<Styles>[\s\S]*<\/Styles>/,
      `<Styles><Style ss:ID="gone"><NumberFormat ss:Format=";;;"/></Style>
        <Style ss:ID="redgone" ss:Parent="gone"><Font ss:Color="#FF0000"/></Style>
        <Style ss:ID="blankzero"><NumberFormat ss:Format="#,##0.00;-#,##0.00;"/></Style></Styles>`,
    ).replace(
      /<Table [\s\S]*<\/Table>/,
      `<Table>
        <Row><Cell><Data ss:Type="String">借方</Data></Cell><Cell><Data ss:Type="String">贷方</Data></Cell></Row>
        <Row><Cell ss:StyleID="gone"><Data ss:Type="Number">999</Data></Cell><Cell ss:StyleID="blankzero"><Data ss:Type="Number">0</Data></Cell></Row>
        <Row><Cell ss:StyleID="redgone"><Data ss:Type="Number">88</Data></Cell><Cell><Data ss:Type="Number">500</Data></Cell></Row>
      </Table>`,
    )
    const [grid] = readSpreadsheetMl(book)
    expect(grid!.rows).toEqual([
      ['借方', '贷方'],
      [999, 0],
      [88, 500],
    ])
    expect(grid!.hiddenCells).toEqual([
      [1, 0],
      [2, 0],
    ])
  })

  it('a formula result its number format draws as nothing (;;;) is listed hidden too', () => {
    const book = WORKBOOK.replace(
      /<Styles>[\s\S]*<\/Styles>/,
      `<Styles><Style ss:ID="gone"><NumberFormat ss:Format=";;;"/></Style></Styles>`,
    ).replace(
      /<Table [\s\S]*<\/Table>/,
      `<Table>
        <Row><Cell><Data ss:Type="String">借方</Data></Cell><Cell><Data ss:Type="String">贷方</Data></Cell></Row>
        <Row><Cell ss:StyleID="gone" ss:Formula="=400+599"><Data ss:Type="Number">999</Data></Cell><Cell ss:Formula="=250*2"><Data ss:Type="Number">500</Data></Cell></Row>
      </Table>`,
    )
    const [grid] = readSpreadsheetMl(book)
    expect(grid!.rows).toEqual([
      ['借方', '贷方'],
      [999, 500],
    ])
    expect(grid!.hiddenCells).toEqual([[1, 0]])
  })

  it("a red figure kept as text ('1234.50) is refused as 红字, shown without the apostrophe", async () => {
    const cell = (v: string, style?: string) =>
      `<Cell${style ? ` ss:StyleID="${style}"` : ''}><Data ss:Type="String">${v}</Data></Cell>`
    const book = WORKBOOK.replace(
      /<Styles>[\s\S]*<\/Styles>/,
      `<Styles><Style ss:ID="red"><Font ss:Color="#FF0000"/></Style></Styles>`,
    ).replace(
      /<Table [\s\S]*<\/Table>/,
      `<Table>
        <Row>${['日期', '凭证号', '摘要', '科目', '收入', '支出'].map((h) => cell(h)).join('')}</Row>
        <Row>${[cell('2026-04-02'), cell("'0012"), cell('冲销'), cell('办公费'), '<Cell/>', cell("'56.50", 'red')].join('')}</Row>
      </Table>`,
    )
    const p = await preview(utf8(book), { fileName: '四月.xls', period: '2026-04' })
    const row = p.rows.find((r) => r.line === 2)!
    expect(row.entry).toBeUndefined()
    expect(row.errors.join('\n')).toContain('金额 56.50 在表格里是红字')
    expect(row.errors.join('\n')).not.toContain("'")
    expect(p.canCommit).toBe(false)
  })

  it('a cell placed past column 200 is refused like in .xlsx', () => {
    const far = '<Row><Cell ss:Index="300"><Data ss:Type="String">x</Data></Cell></Row>'
    const book = WORKBOOK.replace(/<Table [\s\S]*<\/Table>/, `<Table>${far}</Table>`)
    expect(() => readSpreadsheetMl(book)).toThrow('右边很远的地方还有内容')
  })

  it('a figure in a red style is marked 红字 and hidden rows are listed, as from .xlsx', async () => {
    const cell = (v: string | number, style?: string) =>
      `<Cell${style ? ` ss:StyleID="${style}"` : ''}><Data ss:Type="${typeof v === 'number' ? 'Number' : 'String'}">${v}</Data></Cell>`
    const line = (no: string, summary: string, amount: number, style?: string) =>
      [
        cell('2026-04-02'),
        cell(no),
        cell(summary),
        cell('办公费'),
        '<Cell/>',
        cell(amount, style),
      ].join('')
    const book = WORKBOOK.replace(
      /<Styles>[\s\S]*<\/Styles>/,
      `<Styles><Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体" ss:Color="#000000"/></Style>
        <Style ss:ID="red"><Font ss:Color="#FF0000" ss:Bold="1"/><NumberFormat ss:Format="0.00"/></Style>
        <Style ss:ID="dark"><Font ss:Color="#800000"/></Style>
        <Style ss:ID="child" ss:Parent="red"><Alignment ss:Horizontal="Right"/></Style>
        <Style ss:ID="black" ss:Parent="red"><Font ss:Color="#000000"/></Style>
        <Style ss:ID="plain"/>
        <Style ss:ID="redfmt"><NumberFormat ss:Format="[Red]#,##0.00"/></Style>
        <Style ss:ID="negred"><NumberFormat ss:Format="#,##0.00;[Red]&quot;-&quot;#,##0.00"/></Style>
        <Style ss:ID="fmtchild" ss:Parent="redfmt"><Font ss:Color="#000000"/></Style></Styles>`,
    ).replace(
      /<Table [\s\S]*<\/Table>/,
      `<Table><Column ss:Index="6" ss:StyleID="red"/>
        <Row>${['日期', '凭证号', '摘要', '科目', '收入', '支出'].map((h) => cell(h)).join('')}</Row>
        <Row>${line('记-1', '购买办公用品', 356.5, 'plain')}</Row>
        <Row>${line('记-2', '冲销记-1多记金额', 56.5, 'red')}</Row>
        <Row ss:Hidden="1">${line('记-3', '已作废的重复凭证', 356.5, 'plain')}</Row>
        <Row ss:StyleID="red">${line('记-4', '整行红字冲销', 100)}</Row>
        <Row>${line('记-5', '深红色不算红字', 1234.5, 'dark')}</Row>
        <Row>${line('记-6', '负数照旧', -20, 'red')}</Row>
        <Row>${line('记-7', '列是红字', 70)}</Row>
        <Row>${line('记-8', '样式继承红字', 80, 'child')}</Row>
        <Row>${line('记-9', '子样式改成黑字', 90, 'black')}</Row>
        <Row>${line('记-10', '数字格式红字', 10, 'redfmt')}</Row>
        <Row>${line('记-11', '负数才红', 11, 'negred')}</Row>
        <Row>${line('记-12', '继承的数字格式红字', 12, 'fmtchild')}</Row>
        <Row ss:Hidden="1"/>
        <Row><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#FF0000">红色的字</Font></ss:Data></Cell></Row>
      </Table>`,
    )
    const [grid] = readSpreadsheetMl(book)
    expect(grid!.rows.slice(1, 13).map((r) => r[5])).toEqual([
      356.5,
      '红字56.5',
      356.5,
      '红字100',
      1234.5,
      -20,
      '红字70',
      '红字80',
      90,
      '红字10',
      11,
      '红字12',
    ])
    expect(grid!.rows[14]).toEqual(['红色的字'])
    // The empty hidden row (8th) is nothing to skip.
    expect(grid!.hiddenRows).toEqual([3])
    const p = await preview(utf8(book), { fileName: '四月.xls', period: '2026-04' })
    const said = p.rows.map((r) => [r.values[1], r.skipReason ?? r.errors.join('')])
    expect(said.slice(0, 4)).toEqual([
      ['记-1', ''],
      ['记-2', expect.stringContaining('金额 56.5 在表格里是红字（冲销）')],
      ['记-3', '在表格里是隐藏的行，没有导入'],
      ['记-4', expect.stringContaining('金额 100 在表格里是红字（冲销）')],
    ])
    expect(p.canCommit).toBe(false)
  })

  it.each(['SheetHidden', 'SheetVeryHidden'])(
    'a sheet hidden in Excel (%s) is not taken for the visible one, as from .xlsx',
    async (how) => {
      const head = ['日期', '凭证号', '摘要', '科目', '收入', '支出']
      const row = (cells: string[]) =>
        `<Row>${cells.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`
      const sheet = (name: string, line: string[], options: string) =>
        `<Worksheet ss:Name="${name}"><Table>${row(head)}${row(line)}</Table>
          <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">${options}</WorksheetOptions>
        </Worksheet>`
      const old = ['2026-01-05', '记-9', '九月的旧账', '办公费', '', '100']
      const now = ['2026-01-06', '记-1', '购买办公用品', '办公费', '', '200']
      const book = WORKBOOK.replace(
        /<Worksheet [\s\S]*<\/Worksheet>/,
        sheet('9月', old, `<Visible>${how}</Visible>`) + sheet('10月', now, '<Selected/>'),
      )
      expect(readSpreadsheetMl(book).map((g) => [g.name, g.hidden])).toEqual([
        ['9月', true],
        ['10月', undefined],
      ])
      const p = await preview(utf8(book), { fileName: 'book.xls' })
      expect([p.kind, p.sheet, p.rows.map((r) => r.entry?.voucherNo)]).toEqual([
        'xml',
        '10月',
        ['记-1'],
      ])
    },
  )
})

describe('import: a column hidden in Excel 2003 XML', () => {
  const HIDDEN_5 =
    '第 5 列“借方”在表格里是隐藏的，打开表格看不到里面的数，却会被当成“收入（借方）”导入；请在上面改选看得见的那一列，或在 Excel 里取消隐藏、删掉不用的列后再导入'
  const text = (v: string) => `<Cell><Data ss:Type="String">${v}</Data></Cell>`
  // Two 借方 columns (5 and 6), as the .xlsx test's book; `columns` are the sheet's <Column>s.
  const book = (columns: string) =>
    utf8(
      WORKBOOK.replace(
        /<Table [\s\S]*<\/Table>/,
        `<Table>${columns}
          <Row>${['日期', '凭证号', '摘要', '科目', '借方', '借方', '贷方'].map(text).join('')}</Row>
          <Row>${['2026-03-05', '记-1', '收到鱼塘承包费', '发包及上交收入'].map(text).join('')}
            <Cell><Data ss:Type="Number">999</Data></Cell><Cell><Data ss:Type="Number">1200</Data></Cell></Row>
        </Table>`,
      ),
    )

  it.each([
    ['placed by ss:Index', '<Column ss:Index="5" ss:Hidden="1" ss:AutoFitWidth="0"/>'],
    [
      'after a ss:Span of shown ones',
      '<Column ss:Width="60" ss:Span="3"/><Column ss:Hidden="1" ss:AutoFitWidth="0"/>',
    ],
    ['one of a hidden ss:Span', '<Column ss:Index="4" ss:Hidden="1" ss:Span="1"/>'],
  ])(
    'money read from a hidden <Column> (%s) is refused in words, nothing imported',
    async (_, columns) => {
      const p = await preview(book(columns), { fileName: 'book.xls' })
      expect(p.problems).toContain(HIDDEN_5)
      expect(p.canCommit).toBe(false)
    },
  )

  it('a hidden column the mapping does not use, and shown ones, are no problem', async () => {
    // The second 借方 (column 6) and unused columns past the table hidden: the shown 借方 is read.
    const columns =
      '<Column ss:Width="60" ss:Span="4"/><Column ss:Hidden="1"/><Column ss:Index="8" ss:Hidden="1" ss:Span="40"/>'
    const p = await preview(book(columns), { fileName: 'book.xls' })
    expect(p.mapping.income).toBe(4)
    expect(p.problems).toEqual([])
    expect(p.rows.filter((r) => r.kind === 'entry').map((r) => r.entry?.amountFen)).toEqual([
      99_900,
    ])
    expect(p.canCommit).toBe(true)
  })
})
