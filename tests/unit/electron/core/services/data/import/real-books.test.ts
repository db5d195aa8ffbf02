/**
 * Files as township accounting software and village clerks really make them, read as a person
 * reads them: nothing silently wrong (an amount 10,000 times off, a line read backwards, a real
 * line dropped as a total), and anything doubtful refused on its row in plain words.
 */
import { describe, expect, it } from 'vitest'
import { resolveSubject } from '../../../../../../../electron/core/services/data/import/resolve'
import { csvText, preview, utf8, xlsx } from './files'

const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出']

/** A CSV book of `rows`, previewed as the import screen does. */
const csv = (rows: string[][], more: Parameters<typeof preview>[1] = {}) =>
  preview(utf8(csvText(rows)), more)

/** The same, its 凭证字 (记, 收, 付) in a column of its own before the 凭证号. */
const withZi = (rows: string[][]) =>
  csv([['日期', '凭证字', '凭证号', '摘要', '科目', '收入', '支出'], ...rows])

describe('import: real books', () => {
  it('a thousands comma in the wrong place is refused, not read as another amount', async () => {
    const p = await csv([
      HEAD,
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', ''],
      ['2026-01-06', '记-2', '购买办公用品', '办公费', '', '1,2345'],
      ['2026-01-07', '记-3', '道路维修材料', '公益事业支出', '', '12,34.5'],
    ])
    expect(p.rows[0]!.entry?.amountFen).toBe(1_200_000)
    for (const r of p.rows.slice(1)) {
      expect(r.entry).toBeUndefined()
      expect(r.errors.join('')).toContain('逗号')
    }
    expect(p.canCommit).toBe(false)
  })

  it('a real line whose 摘要 begins with 合计 or 上年结转 is read; a totals row is skipped', async () => {
    const p = await csv([
      HEAD,
      ['2026-01-07', '记-2', '上年结转工程尾款', '公益事业支出', '', '5000'],
      ['2026-01-08', '记-3', '合计收取三户承包费', '发包及上交收入', '3600', ''],
      ['2026-01-31', '', '本月合计', '', '3600', '5000'],
    ])
    expect(p.rows.map((r) => r.entry?.voucherNo ?? r.skipReason)).toEqual([
      '记-2',
      '记-3',
      '本月合计行，不是一笔账',
    ])
  })

  it('单位：万元 written above the header is refused, as a 万元 column head is', async () => {
    for (const unit of ['单位：万元', '金额单位:万元', '2026年一季度收支明细（万元）']) {
      const p = await csv([
        ['某某村收支明细表', '', '', '', '', ''],
        [unit, '', '', '', '', ''],
        HEAD,
        ['2026-01-05', '记-1', '上级补助', '补助收入', '1.2', ''],
      ])
      expect(p.canCommit, unit).toBe(false)
      expect(p.problems.join(''), unit).toContain('万元')
    }
    const yuan = await csv([
      ['单位：某某村股份经济合作社', '', '', '', '', ''],
      ['单位：元', '', '', '', '', ''],
      HEAD,
      ['2026-01-05', '记-1', '上级补助', '补助收入', '1.2', ''],
    ])
    expect(yuan.problems).toEqual([])
    expect(yuan.rows[0]!.entry?.amountFen).toBe(120)
  })

  it('a voucher export with one 金额 and a 借/贷 方向 column: each line on its right side', async () => {
    const p = await csv([
      ['凭证日期', '凭证号', '摘要', '科目编码', '科目名称', '方向', '金额'],
      ['2026-01-05', '记-1', '买办公用品', '541', '管理费用', '借', '500.00'],
      ['2026-01-05', '记-1', '买办公用品', '101', '库存现金', '贷', '500.00'],
      ['2026-01-06', '记-2', '收承包费', '101', '库存现金', '借', '8000.00'],
      ['2026-01-06', '记-2', '收承包费', '511', '发包及上交收入', '贷', '8000.00'],
    ])
    const lines = p.rows
      .filter((r) => r.entry)
      .map((r) => [r.entry!.voucherNo, r.entry!.direction, r.entry!.amountFen])
    expect(lines).toEqual([
      ['记-1', 'expense', 50_000],
      ['记-2', 'income', 800_000],
    ])
  })

  it('a cash journal with a 借/贷 方向 column: 借 is money in, 贷 money out', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '对方科目', '方向', '金额'],
      ['2026-01-05', '记-1', '收鱼塘承包费', '发包及上交收入', '借', '12000'],
      ['2026-01-08', '记-2', '买办公用品', '办公费', '贷', '356.50'],
    ])
    expect(p.rows.map((r) => [r.entry?.direction, r.entry?.amountFen])).toEqual([
      ['income', 1_200_000],
      ['expense', 35_650],
    ])
  })

  it('a 用友 book of 2025 with 月 and 日 columns keeps its year', async () => {
    const rows = [
      ['库存现金日记账', '', '', '', '', '', ''],
      ['2025年', '', '凭证号数', '摘要', '对方科目', '借方', '贷方'],
      ['月', '日', '', '', '', '', ''],
      ['12', '5', '记-3', '收承包费', '发包及上交收入', '8000', ''],
    ]
    const free = await csv(rows, { period: undefined })
    expect(free.rows.map((r) => [r.entry?.date, r.entry?.period])).toEqual([
      ['2025-12-05', '2025-Q4'],
    ])
    const into2026 = await csv(rows, { period: '2026-Q4' })
    expect(into2026.rows[0]!.entry).toBeUndefined()
    expect(into2026.rows[0]!.errors).toContain('日期 2025-12-05 不在2026年第四季度内')
  })

  it('a month column carrying its year (2025年12月, 2025-12) beside a 日 column: the day in that month and year', async () => {
    const lines = (month: string[], head = '月份') => [
      [head, '日', '凭证号', '摘要', '科目', '借方', '贷方'],
      [month[0]!, '5', '记-3', '收承包费', '发包及上交收入', '8000', ''],
      [month[1]!, '06', '记-4', '买办公用品', '办公费', '', '356.50'],
      [month[2]!, '7日', '记-5', '修路', '公益事业支出', '', '1200'],
    ]
    const days = (p: Awaited<ReturnType<typeof csv>>) =>
      p.rows.map((r) => [r.line, r.entry?.date, r.errors])
    const want = [
      [2, '2025-12-05', []],
      [3, '2025-12-06', []],
      [4, '2025-12-07', []],
    ]
    // 用友 and 金蝶 name it 月份; a hand-made sheet calls it 日期 and keeps the day apart.
    for (const head of ['月份', '日期']) {
      const p = await csv(lines(['2025年12月', '2025-12', '2025.12'], head), { period: undefined })
      expect(days(p), head).toEqual(want)
      expect(p.canCommit).toBe(true)
    }
    // In .xlsx the month is a date shown as 2025年12月 (Excel keeps its first day).
    const book = await xlsx((wb) => {
      const ws = wb.addWorksheet('12月')
      ws.addRow(['日期', '日', '凭证号', '摘要', '科目', '借方', '贷方'])
      ws.addRow([new Date(Date.UTC(2025, 11, 1)), 5, '记-3', '收承包费', '发包及上交收入', 8000])
      ws.getCell('A2').numFmt = 'yyyy"年"m"月"'
    })
    const fromXlsx = await preview(book, { fileName: 'book.xlsx', period: undefined })
    expect(days(fromXlsx)).toEqual([[2, '2025-12-05', []]])
    // A day that month has not is refused on its row, naming the date as read.
    const feb = await csv(
      [
        ['日期', '日', '凭证号', '摘要', '科目', '借方', '贷方'],
        ['2026年2月', '30', '记-1', '收承包费', '发包及上交收入', '8000', ''],
      ],
      { period: '2026-Q1' },
    )
    expect(feb.rows[0]!.errors).toEqual(['日期“2026年2月30日”不存在，请核对'])
  })

  it('a 日期 column with whole dates and a 日 column that disagrees is refused, not guessed', async () => {
    const p = await csv(
      [
        ['日期', '日', '凭证号', '摘要', '科目', '借方', '贷方'],
        ['2026-03-05', '5', '记-1', '收承包费', '发包及上交收入', '8000', ''],
        ['2026-03-06', '9', '记-2', '买办公用品', '办公费', '', '356.50'],
      ],
      { period: '2026-Q1' },
    )
    expect(p.rows.map((r) => [r.line, r.entry?.date, r.errors])).toEqual([
      [2, '2026-03-05', []],
      [3, undefined, ['日期“2026-03-06”与“日”一栏的 9 日对不上，请核对']],
    ])
  })

  it('a hidden sheet (last month kept out of sight) is not taken for the visible one', async () => {
    const bytes = await xlsx((wb) => {
      const old = wb.addWorksheet('9月', { state: 'hidden' })
      old.addRow(HEAD)
      old.addRow(['2026-01-05', '记-9', '九月的旧账', '办公费', '', '100'])
      const now = wb.addWorksheet('10月')
      now.addRow(HEAD)
      now.addRow(['2026-01-06', '记-1', '购买办公用品', '办公费', '', '200'])
    })
    const p = await preview(bytes, { fileName: 'book.xlsx' })
    expect(p.sheet).toBe('10月')
    expect(p.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-1'])
    const named = await preview(bytes, { fileName: 'book.xlsx', sheet: '9月' })
    expect(named.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-9'])
  })

  it('a subject written as code and name is read by its name (codes differ between charts)', () => {
    const read = (s: string) => {
      const r = resolveSubject(s, '', new Map())
      return r.kind === 'line' ? `${r.category}/${r.item}` : r.kind
    }
    expect(read('1131 库存物资')).toBe(read('库存物资'))
    expect(read('5011 投资收益')).toBe(read('投资收益'))
    expect(read('5011 办公费')).toBe('expense/办公费')
    expect(read('541')).toBe('expense/管理费用')
    expect(read('541 管理费用')).toBe('expense/管理费用')
  })

  it("a day written without its year takes the chosen period's year; a typed 20260105 is a date", async () => {
    const rows = [
      HEAD,
      ['1月5日', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['1.06', '记-2', '购买办公用品', '办公费', '', '356.50'],
      ['2/3', '记-3', '道路维修材料', '公益事业支出', '', '1234.50'],
    ]
    const p = await csv(rows, { period: '2026-Q1' })
    expect(p.rows.map((r) => r.entry?.date)).toEqual(['2026-01-05', '2026-01-06', '2026-02-03'])
    // No period chosen and no year in the book: which year is not guessed.
    const free = await csv(rows, { period: undefined })
    expect(free.rows[0]!.errors.join('')).toContain('看不懂')
    const typed = await xlsx((wb) => {
      const ws = wb.addWorksheet('账')
      ws.addRow(HEAD)
      ws.addRow([20260105, '记-1', '收到鱼塘承包费', '发包及上交收入', 12000, null])
    })
    const t = await preview(typed, { fileName: 'book.xlsx' })
    expect(t.rows.map((r) => r.entry?.date)).toEqual(['2026-01-05'])
  })

  it('totals and balances as township software words them are skipped, not refused', async () => {
    const words = ['本月发生额合计', '本期发生额', '月计', '本页合计', '收入合计', '支出合计']
    const carried = ['上月结余', '本月结余', '转次页', '承上月', '期初数', '年初数', '余额']
    const rows = [
      HEAD,
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ...[...words, ...carried].map((w) => ['2026-01-31', '', w, '', '12000', '356.50']),
    ]
    const p = await csv(rows)
    expect(p.canCommit).toBe(true)
    expect(p.rows.filter((r) => r.kind === 'skipped').map((r) => r.skipReason)).toEqual(
      [...words, ...carried].map((w) => `${w}行，不是一笔账`),
    )
  })

  it('a 凭证号 column holding only the 字 (记) is refused, not numbered line by line', async () => {
    const p = await csv([
      HEAD,
      ['2026-01-05', '记', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-01-06', '记', '购买办公用品', '办公费', '', '356.50'],
    ])
    expect(p.canCommit).toBe(false)
    expect(p.rows[0]!.errors).toContain('凭证号“记”里没有号码，请把凭证号指定为写着号码的那一列')
  })

  it('a 凭证字 column (收, 付, 转) beside the 凭证号 is read with it: 收-1 and 付-1 are two vouchers', async () => {
    const p = await withZi([
      ['2026-01-05', '收', '1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-01-05', '付', '1', '购买办公用品', '办公费', '', '356.50'],
      ['2026-01-06', '付', '2', '道路维修材料', '公益事业支出', '', '1234.50'],
    ])
    expect(p.canCommit).toBe(true)
    expect(p.rows.map((r) => r.entry?.voucherNo)).toEqual(['收-1', '付-1', '付-2'])
  })

  it('记 | 12 and 记字 | 第12号 further down are one voucher met twice, 收 | 12 another', async () => {
    const p = await withZi([
      ['2026-01-05', '记', '12', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-01-05', '收', '12', '收到租金', '经营收入', '3000', ''],
      ['2026-01-06', '记字', '第12号', '购买办公用品', '办公费', '', '356.50'],
    ])
    expect(p.rows.map((r) => [r.entry?.voucherNo, r.errors])).toEqual([
      ['记-12', []],
      ['收-12', []],
      [undefined, ['凭证号“记字-第12号”与第 2 行重复']],
    ])
  })

  it('a 用友 two-row head, 凭证 over 字 | 号: the number column is found and read with its 字', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('现金日记账')
      ws.addRow(['2026年', '', '凭证', '', '摘要', '对方科目', '借方', '贷方', '方向', '余额'])
      ws.addRow(['月', '日', '字', '号', '', '', '', '', '', ''])
      for (const range of ['A1:B1', 'C1:D1', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'])
        ws.mergeCells(range)
      ws.addRow([1, 5, '记', '0001', '收鱼塘承包费', '发包及上交收入', 12000, null, '借', 17000])
      ws.addRow([1, 8, '记', '0002', '付办公用品', '管理费用—办公费', null, 356.5, '借', 16643.5])
      ws.addRow(['', '', '', '', '本月合计', '', 12000, 356.5, '借', 16643.5])
    })
    const p = await preview(bytes, { fileName: 'book.xlsx', period: undefined })
    expect(p.canCommit).toBe(true)
    expect(p.rows.map((r) => r.entry?.voucherNo ?? r.skipReason)).toEqual([
      '记-0001',
      '记-0002',
      '本月合计行，不是一笔账',
    ])
  })

  it("only a year standing alone (2025年, 2025年度) is the book's year, not a date or a fact", async () => {
    const book = (title: string) =>
      utf8(
        csvText([
          [title, '', '', '', '', '', ''],
          ['月', '日', '凭证号', '摘要', '科目', '借方', '贷方'],
          ['3', '5', '记-1', '收承包费', '发包及上交收入', '8000', ''],
        ]),
      )
    for (const title of [
      '红旗村股份经济合作社（2019年成立）现金日记账',
      '制表日期：2026年1月5日',
      '2025—2026年度',
    ]) {
      const p = await preview(book(title), { period: '2026-Q1' })
      expect(p.rows[0]!.entry?.date, title).toBe('2026-03-05')
    }
    const p = await preview(book('红旗村2025年度现金日记账'), { period: undefined })
    expect(p.rows[0]!.entry?.date).toBe('2025-03-05')
  })

  it('a totals row keeps being skipped when its 凭证号 column has a number', async () => {
    const p = await csv([
      HEAD,
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-01-31', '1-35', '本月合计', '', '12000', ''],
    ])
    expect(p.rows.map((r) => r.entry?.voucherNo ?? r.skipReason)).toEqual([
      '记-1',
      '本月合计行，不是一笔账',
    ])
  })

  it('a refund in a cash journal (借 on an expense subject) is refused, not added to the expense', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '对方科目', '方向', '金额'],
      ['2026-01-05', '记-1', '收鱼塘承包费', '发包及上交收入', '借', '12000'],
      ['2026-01-08', '记-4', '退回多付办公费', '办公费', '借', '50'],
    ])
    expect(p.rows[1]!.entry).toBeUndefined()
    expect(p.rows[1]!.errors.join('')).toContain('冲减支出')
  })

  it('a date Excel keeps as a small number (10.5 typed for 10月5日) is refused, not day 10 of 1900', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('账')
      ws.addRow(HEAD)
      ws.addRow([10.5, '记-1', '收到鱼塘承包费', '发包及上交收入', 12000, null])
    })
    const p = await preview(bytes, { fileName: 'book.xlsx', period: undefined })
    expect(p.rows[0]!.entry).toBeUndefined()
    expect(p.rows[0]!.errors.join('')).toContain('看不懂')
  })

  it('a quarter whose book numbers vouchers month by month: each number gets its month', async () => {
    const p = await csv([
      HEAD,
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-01-08', '记-2', '购买办公用品', '办公费', '', '356.50'],
      ['2026-02-03', '记-1', '收到租金', '经营收入', '3000', ''],
      ['2026-02-09', '记-2', '道路维修材料', '公益事业支出', '', '1234.50'],
    ])
    expect(p.canCommit).toBe(true)
    expect(p.rows.map((r) => r.entry?.voucherNo)).toEqual([
      '1月记-1',
      '1月记-2',
      '2月记-1',
      '2月记-2',
    ])
    // One number met again in another month is still a duplicate, not a way of numbering.
    const once = await csv([
      HEAD,
      ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
      ['2026-02-03', '记-1', '收到租金', '经营收入', '3000', ''],
    ])
    expect(once.rows[1]!.errors).toEqual(['凭证号“记-1”与第 2 行重复'])
  })

  it('a 借方/贷方 journal of loans and repayments, one 提现 row naming 库存现金: not read backwards', async () => {
    const p = await csv([
      ['日期', '凭证号', '摘要', '科目', '借方', '贷方'],
      ['2026-01-05', '记-1', '向信用社借款', '短期借款', '50000', ''],
      ['2026-01-06', '记-2', '提现备用', '库存现金', '', '2000'],
      ['2026-01-07', '记-3', '收回张三欠款', '应收款', '3000', ''],
    ])
    expect(
      p.rows.filter((r) => r.entry).map((r) => [r.entry!.voucherNo, r.entry!.direction]),
    ).toEqual([
      ['记-1', 'income'],
      ['记-3', 'income'],
    ])
  })
})

describe('import: formulas a program wrote without their results', () => {
  // Platforms that build their .xlsx with a library often write formulas but no results:
  // Excel works them out on opening and shows figures, but the file itself holds none.
  const book = () =>
    xlsx((wb) => {
      const ws = wb.addWorksheet('账')
      ws.addRow(HEAD)
      ws.addRow(['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', 12000, null])
      ws.addRow(['2026-01-06', '记-2', '购买办公用品', '办公费', null, { formula: '100*3.565' }])
      ws.addRow([{ formula: 'DATE(2026,1,7)' }, '记-3', '打印纸', '办公费', null, 50])
      ws.addRow(['', '', '本月合计', '', { formula: 'SUM(E2:E4)' }, { formula: 'SUM(F2:F4)' }])
    })

  it('a line whose amount or date is such a formula says so, on its row; a 合计 row is skipped', async () => {
    const p = await preview(await book(), { fileName: 'book.xlsx' })
    expect(p.canCommit).toBe(false)
    expect(p.rows.map((r) => [r.line, r.entry?.amountFen, r.skipReason, r.errors])).toEqual([
      [2, 1_200_000, undefined, []],
      [
        3,
        undefined,
        undefined,
        [
          '“支出”一栏是公式，文件里没有保存算出的结果，请用 Excel 或 WPS 打开这个文件、保存一次后再导入',
        ],
      ],
      [
        4,
        undefined,
        undefined,
        [
          '“日期”一栏是公式，文件里没有保存算出的结果，请用 Excel 或 WPS 打开这个文件、保存一次后再导入',
        ],
      ],
      [5, undefined, '本月合计行，不是一笔账', []],
    ])
  })
})

describe('import: a workbook with a sheet per month', () => {
  it('names the other sheets that hold a book too, so 2月 and 3月 are not left unseen', async () => {
    const bytes = await xlsx((wb) => {
      for (const [name, day] of [
        ['1月', '2026-01-05'],
        ['2月', '2026-02-05'],
        ['说明', ''],
        ['3月', '2026-03-05'],
        ['旧表', '2026-03-06'],
      ] as const) {
        const ws = wb.addWorksheet(name)
        if (name === '旧表') ws.state = 'hidden'
        if (!day) ws.addRow(['本账由乡镇三资平台导出'])
        else ws.addRows([HEAD, [day, '记-1', '收到租金', '经营收入', 500, null]])
      }
      wb.addWorksheet('4月').addRow(HEAD)
    })
    const p = await preview(bytes, { fileName: 'book.xlsx', period: undefined })
    expect(p.sheet).toBe('1月')
    expect(p.counts.entries).toBe(1)
    expect(p.otherBooks).toEqual(['2月', '3月'])
    const march = await preview(bytes, { fileName: 'book.xlsx', period: undefined, sheet: '3月' })
    expect(march.otherBooks).toEqual(['1月', '2月'])
  })
})
