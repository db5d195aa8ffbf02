import { describe, expect, it } from 'vitest'
import { STANDARD_ROWS, csvText, gbk, preview, utf16, utf8, xlsx } from './files'

const expected = [
  {
    date: '2026-01-05',
    voucherNo: '记-1',
    category: 'income',
    item: '发包及上交收入',
    direction: 'income',
    amountFen: 1_200_000,
    handler: '吴春燕',
  },
  {
    date: '2026-02-03',
    voucherNo: '记-2',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 35_650,
    handler: '李国强',
  },
  {
    date: '2026-03-05',
    voucherNo: '记-3',
    category: 'expense',
    item: '公益事业支出',
    direction: 'expense',
    amountFen: 123_450,
    handler: '李国强',
  },
]

function entries(p: Awaited<ReturnType<typeof preview>>) {
  return p.rows
    .filter((r) => r.entry)
    .map((r) => {
      const {
        summary: _s,
        counterparty: _c,
        categoryName: _n,
        subject: _j,
        period: _p,
        ...rest
      } = r.entry!
      return rest
    })
}

describe('import: CSV encodings', () => {
  const text = csvText(STANDARD_ROWS)
  it.each([
    ['UTF-8 with BOM', utf8(text, true), 'UTF-8'],
    ['UTF-8 without BOM', utf8(text), 'UTF-8'],
    ['GBK (Excel default)', gbk(text), 'GB18030'],
    ['UTF-16 tab-separated', utf16(text.replace(/,/g, '\t')), 'UTF-16'],
  ])('%s: the three lines, the 合计 and blank rows skipped', async (_name, bytes, encoding) => {
    const p = await preview(bytes)
    expect(p.kind).toBe('csv')
    expect(p.encoding).toBe(encoding)
    expect(p.headerRow).toBe(1)
    expect(p.shape).toBe('income-expense')
    expect(entries(p)).toEqual(expected)
    expect(p.rows.find((r) => r.line === 2)?.entry?.summary).toBe('收到鱼塘承包费')
    expect(p.counts).toEqual({
      entries: 3,
      withErrors: 0,
      waiting: 0,
      skipped: 2,
      incomeFen: 1_200_000,
      expenseFen: 159_100,
    })
    expect(p.rows.find((r) => r.line === 6)?.skipReason).toBe('本季度合计行，不是一笔账')
    expect(p.canCommit).toBe(true)
  })

  it('reads quoted cells with commas, quotes and newlines', async () => {
    const rows = [
      STANDARD_ROWS[0]!,
      ['2026-01-05', '记-9', '买"水泥",沙子\n第二批', '公益事业支出', '', '1,000', ''],
    ]
    const p = await preview(utf8(csvText(rows, '\n')))
    expect(p.rows[0]?.entry?.summary).toBe('买"水泥",沙子\n第二批')
    expect(p.rows[0]?.entry?.amountFen).toBe(100_000)
  })
})

describe('import: .xlsx shapes', () => {
  it('title rows and merged cells above the header; dates as dates, serials and text', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('一季度')
      ws.addRow(['东台村2026年第一季度收支明细账'])
      ws.mergeCells('A1:G1')
      ws.addRow(['编制单位：东台村村民委员会', '', '', '', '单位：元'])
      ws.mergeCells('A2:D2')
      ws.addRow(STANDARD_ROWS[0])
      ws.addRow([
        new Date(Date.UTC(2026, 0, 5)),
        '记-1',
        '收到鱼塘承包费',
        '发包及上交收入',
        12000,
        null,
        '吴春燕',
      ])
      ws.addRow([46056, '记-2', '购买办公用品', '办公费', null, 356.5, '李国强'])
      ws.addRow([
        '2026.3.5',
        '记-3',
        '道路维修材料',
        '各项支出/公益事业支出',
        null,
        { formula: 'B1', result: 1234.5 },
        '李国强',
      ])
      ws.addRow([null, null, '合计', null, { formula: 'SUM(E4:E6)', result: 12000 }, 1591])
    })
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    expect(p.kind).toBe('xlsx')
    expect(p.sheet).toBe('一季度')
    expect(p.headerRow).toBe(3)
    expect(entries(p)).toEqual(expected)
    expect(p.counts.skipped).toBe(1)
  })

  it('借方/贷方 under a merged 金额, with separate 月 and 日 columns (year from the period)', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('现金日记账')
      ws.addRow(['现金日记账'])
      ws.mergeCells('A1:H1')
      ws.addRow(['2026年', '', '凭证号', '摘要', '科目', '金额', '', '余额'])
      ws.mergeCells('A2:B2')
      ws.mergeCells('F2:G2')
      ws.addRow(['月', '日', '', '', '', '借方', '贷方', ''])
      ws.addRow(['', '', '', '上年结转', '', '', '', 5000])
      ws.addRow([1, 5, '记-1', '收到鱼塘承包费', '发包及上交收入', 12000, null, 17000])
      ws.addRow(['2月', '3日', '记-2', '购买办公用品', '办公费', null, 356.5, 16643.5])
      ws.addRow([3, 5, '记-3', '道路维修材料', '公益事业支出', null, '1,234.50', 15409])
      ws.addRow(['', '', '', '本月合计', '', 12000, 1591, ''])
      ws.addRow(['', '', '', '本年累计', '', 12000, 1591, ''])
    })
    const p = await preview(bytes, { fileName: 'cash.xlsx' })
    expect(p.headerRow).toBe(3)
    expect(p.shape).toBe('debit-credit')
    expect(p.mapping).toMatchObject({
      month: 0,
      day: 1,
      voucherNo: 2,
      summary: 3,
      subject: 4,
      income: 5,
      expense: 6,
    })
    expect(entries(p).map(({ handler: _h, ...e }) => e)).toEqual(
      expected.map(({ handler: _h, ...e }) => e),
    )
    expect(p.rows.filter((r) => r.kind === 'skipped').map((r) => r.skipReason)).toEqual([
      '上年结转行，不是一笔账',
      '本月合计行，不是一笔账',
      '本年累计行，不是一笔账',
    ])
  })

  it('a single 金额 column with a 收支 column', async () => {
    const rows = [
      ['日期', '凭证号', '摘要', '科目', '收支', '金额'],
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '收入', '12000'],
      ['2026-02-03', '记-2', '购买办公用品', '办公费', '支', '356.50'],
    ]
    const p = await preview(utf8(csvText(rows)))
    expect(p.shape).toBe('amount-direction')
    expect(p.rows.map((r) => [r.entry?.direction, r.entry?.amountFen])).toEqual([
      ['income', 1_200_000],
      ['expense', 35_650],
    ])
  })

  it('takes the first worksheet that has a header, and a named one when asked', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('说明').addRow(['本文件由财务软件导出'])
      const a = wb.addWorksheet('一月')
      for (const r of STANDARD_ROWS.slice(0, 2)) a.addRow(r)
      const b = wb.addWorksheet('二月')
      for (const r of [STANDARD_ROWS[0]!, STANDARD_ROWS[2]!]) b.addRow(r)
    })
    const first = await preview(bytes)
    expect(first.sheets).toEqual(['说明', '一月', '二月'])
    expect(first.sheet).toBe('一月')
    expect(first.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-1'])
    const named = await preview(bytes, { sheet: '二月' })
    expect(named.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-2'])
  })
})

describe('import: a cash journal with a 提现 row', () => {
  /** 借方 is money in; the first row draws cash from the bank (对方科目 银行存款). */
  const journal = (
    ...lines: Array<[string, string, string, string, number | null, number | null]>
  ) =>
    xlsx((wb) => {
      const ws = wb.addWorksheet('现金日记账')
      ws.addRow(['日期', '凭证号', '摘要', '科目', '借方', '贷方', '余额'])
      ws.addRow(['2026-01-04', '记-1', '从银行提取现金', '银行存款', 2000, null, 7000])
      for (const [date, no, summary, subject, debit, credit] of lines)
        ws.addRow([date, no, summary, subject, debit, credit, null])
    })

  it('keeps the journal’s directions for asset and debt lines', async () => {
    const p = await preview(
      await journal(
        ['2026-01-05', '记-2', '收回张三借款', '应收款', 3000, null],
        ['2026-01-06', '记-3', '归还信用社借款', '短期借款', null, 1000],
        ['2026-01-07', '记-4', '收到鱼塘承包费', '发包及上交收入', 12000, null],
      ),
      { fileName: 'cash.xlsx' },
    )
    expect(p.rows.flatMap((r) => r.errors)).toEqual([])
    expect(
      p.rows.filter((r) => r.entry).map((r) => [r.entry!.voucherNo, r.entry!.direction]),
    ).toEqual([
      ['记-2', 'income'],
      ['记-3', 'expense'],
      ['记-4', 'income'],
    ])
  })

  it('reads its income and expense lines without a false 冲减 error', async () => {
    const p = await preview(
      await journal(
        ['2026-01-05', '记-2', '收到鱼塘承包费', '发包及上交收入', 12000, null],
        ['2026-01-06', '记-3', '购买办公用品', '办公费', null, 356.5],
      ),
      { fileName: 'cash.xlsx' },
    )
    expect(p.rows.flatMap((r) => r.errors)).toEqual([])
    expect(p.counts).toMatchObject({ incomeFen: 1_200_000, expenseFen: 35_650 })
  })
})

describe('import: 累计折旧 is an account, not a 累计 (totals) row', () => {
  const said = (p: Awaited<ReturnType<typeof preview>>) =>
    p.rows.map((r) => [r.values.join('|'), r.kind, r.skipReason ?? null])

  it('a line whose 科目 in the first column is 累计折旧 is read, the totals rows still skipped', async () => {
    const rows = [
      ['科目', '日期', '凭证号', '摘要', '借方', '贷方'],
      ['累计折旧', '2026-03-05', '记-5', '计提本月折旧', '', '1200'],
      ['累计摊销', '2026-03-06', '记-6', '摊销软件费', '', '300'],
      ['', '', '', '本月合计', '', '1500'],
      ['本年累计', '', '', '', '', '1500'],
      ['累计', '', '', '', '', '1500'],
      ['本月合计数', '', '', '', '', '1500'],
      ['累计发生额：', '', '', '', '', '1500'],
      ['本年累计至3月', '', '', '', '', '1500'],
    ]
    const p = await preview(utf8(csvText(rows)), { fileName: '三月.csv' })
    expect(said(p)).toEqual([
      ['累计折旧|2026-03-05|记-5|计提本月折旧||1200', 'entry', null],
      ['累计摊销|2026-03-06|记-6|摊销软件费||300', 'entry', null],
      ['|||本月合计||1500', 'skipped', '本月合计行，不是一笔账'],
      ['本年累计|||||1500', 'skipped', '本年累计行，不是一笔账'],
      ['累计|||||1500', 'skipped', '累计行，不是一笔账'],
      ['本月合计数|||||1500', 'skipped', '本月合计行，不是一笔账'],
      ['累计发生额：|||||1500', 'skipped', '累计行，不是一笔账'],
      ['本年累计至3月|||||1500', 'skipped', '本年累计行，不是一笔账'],
    ])
  })

  it('a 摘要 累计折旧 with an amount but no 凭证号 is a line (its missing number said), not skipped', async () => {
    const rows = [
      ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
      ['2026-03-05', '', '累计折旧', '管理费用', '', '1200'],
    ]
    const p = await preview(utf8(csvText(rows)), { fileName: '三月.csv' })
    expect(p.rows.map((r) => [r.kind, r.skipReason ?? null])).toEqual([['entry', null]])
    expect(p.rows[0]!.errors.join('')).toContain('凭证号')
  })
})
