import { describe, expect, it } from 'vitest'
import { STANDARD_ROWS, csvText, preview, utf8 } from './files'

const HEAD = STANDARD_ROWS[0]!

async function errorsOf(rows: string[][], existing: string[] = []) {
  const p = await preview(utf8(csvText([HEAD, ...rows])), {}, existing)
  return { p, byLine: Object.fromEntries(p.rows.map((r) => [r.line, r.errors])) }
}

describe('import: per-row errors in Chinese', () => {
  it('names each problem on its row and blocks the import', async () => {
    const { p, byLine } = await errorsOf([
      ['2026-02-30', '记-1', '不存在的日子', '办公费', '', '10', ''],
      // 3月5日 is read in the chosen period's year (real-books.test.ts); 三月五日 is not read.
      ['三月五日', '记-2', '汉字日期', '办公费', '', '10', ''],
      ['2026-01-06', '记-3', '金额写错', '办公费', '', '十元', ''],
      ['2026-01-07', '记-4', '科目对不上', '招待费', '', '10', ''],
      ['2026-01-08', '记-5', '第一次用', '办公费', '', '10', ''],
      ['2026-01-09', '记-5', '同一凭证号', '办公费', '', '10', ''],
      ['2026-04-01', '记-7', '不在一季度', '办公费', '', '10', ''],
      ['2026-01-10', '记-8', '两边都有', '办公费', '5', '10', ''],
      ['2026-01-11', '记-9', '两边都没有', '办公费', '', '', ''],
      ['2026-01-12', '记-10', '三位小数', '办公费', '', '1.005', ''],
      ['2026-01-13', '', '', '', '', '10', ''],
      ['2026-01-14', '记-12', '负数', '办公费', '', '-10', ''],
      ['2026-01-15', '记-13', '只写类别', '各项支出', '', '10', ''],
    ])
    expect(byLine).toEqual({
      2: ['日期“2026-02-30”不存在，请核对'],
      3: ['日期“三月五日”看不懂，请写成 2026-03-05 这样的日期'],
      4: ['金额“十元”看不懂，请只写数字，如 1234.50'],
      // An unknown subject is a question for the clerk, not an error (see subjects.test.ts).
      5: [],
      6: [],
      7: ['凭证号“记-5”与第 6 行重复'],
      8: ['日期 2026-04-01 不在2026年第一季度内'],
      9: ['同一行“收入”和“支出”两栏都有金额（5 和 10），请分成两行'],
      10: ['收入和支出都没有金额'],
      11: ['金额“1.005”超过两位小数，请精确到分'],
      12: ['缺少科目', '缺少凭证号', '缺少摘要'],
      13: ['金额“-10”是负数，导入只接受正数金额'],
      14: ['科目“各项支出”只写了类别，请写明细科目（如“办公费”）'],
    })
    expect(p.counts.withErrors).toBe(11)
    expect(p.questions).toEqual(['招待费'])
    expect(p.rows.find((r) => r.line === 5)?.ask).toBe('招待费')
    expect(p.canCommit).toBe(false)
  })

  it("a CSV with Excel's text apostrophe ('1234.50, '2026-01-05) imports the figures and days shown", async () => {
    const { p, byLine } = await errorsOf([
      ["'2026-01-05", '记-1', '买纸', '办公费', '', "'1234.50", ''],
      ['2026-01-06', '记-2', '买笔', '办公费', '', "1234.50'", ''],
    ])
    expect(p.rows[0]!.entry).toMatchObject({ date: '2026-01-05', amountFen: 123_450 })
    expect(byLine).toEqual({ 2: [], 3: ["金额“1234.50'”看不懂，请只写数字，如 1234.50"] })
  })

  it('a date with its weekday is read when they agree, and refused on its own line when not', async () => {
    const { p, byLine } = await errorsOf([
      ['2026-1-5 星期一', '记-1', '买纸', '办公费', '', '10', ''],
      ['2026年1月6日 周五', '记-2', '买笔', '办公费', '', '20', ''],
    ])
    expect(p.rows[0]!.entry?.date).toBe('2026-01-05')
    expect(byLine).toEqual({
      2: [],
      3: ['日期“2026年1月6日 周五”和星期几对不上（2026-01-06 是星期二），请核对'],
    })
  })

  it('a 借方/贷方 book with both sides filled on one row names its own columns and figures', async () => {
    const p = await preview(
      utf8(
        csvText([
          ['日期', '凭证号', '摘要', '科目', '借方金额', '贷方金额'],
          ['2026-01-05', '记-1', '收到承包费', '发包及上交收入', '1,200.00', '1,200.00'],
        ]),
      ),
    )
    expect(p.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, ['同一行“借方金额”和“贷方金额”两栏都有金额（1,200.00 和 1,200.00），请分成两行']],
    ])
    expect(p.canCommit).toBe(false)
  })

  it('refuses a voucher number the period already uses', async () => {
    const { byLine } = await errorsOf(
      [['2026-01-05', '记-1', '重复', '办公费', '', '10', '']],
      ['记-1'],
    )
    expect(byLine[2]).toEqual(['凭证号“记-1”在这一期已经有账目用过'])
  })

  it('a voucher split into 记-5-1, 记-5-2 never meets a 记-5-1 the file also has', async () => {
    const { p, byLine } = await errorsOf([
      ['2026-01-05', '记-5', '水泥', '办公费', '', '100', ''],
      ['2026-01-05', '记-5', '运费', '办公费', '', '20', ''],
      ['2026-01-07', '记-5-1', '办公用品', '办公费', '', '30', ''],
    ])
    expect(p.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-5-1', '记-5-2', undefined])
    expect(byLine[4]).toEqual(['凭证号“记-5-1”与第 2 行重复'])
    expect(p.canCommit).toBe(false)
  })

  it('refuses a date after today, as the entry form does', async () => {
    const { byLine } = await errorsOf([['2026-05-11', '记-1', '明天的账', '办公费', '', '10', '']])
    const p = await preview(
      utf8(csvText([HEAD, ['2026-05-11', '记-1', '明天的账', '办公费', '', '10', '']])),
      { period: '2026-Q2' },
    )
    expect(byLine[2]).toEqual(['日期 2026-05-11 不在2026年第一季度内'])
    expect(p.rows[0]?.errors).toEqual(['日期 2026-05-11 晚于今天'])
  })

  it("passes on the entry form's own limits (a summary over 100 characters)", async () => {
    const { byLine } = await errorsOf([
      ['2026-01-05', '记-1', '长'.repeat(101), '办公费', '', '10', ''],
    ])
    expect(byLine[2]).toEqual(['摘要不能超过100个字'])
  })

  it('an amount whose thousands comma was not quoted (1,234.50 cut in two) is not read as ¥1.00', async () => {
    const text = [
      HEAD.join(','),
      '2026-03-05,记-1,购买办公用品,办公费,,356.50,李国强',
      '2026-03-12,记-2,道路维修材料,公益事业支出,,1,234.50,李国强',
      '2026-03-13,记-3,收到鱼塘承包费,发包及上交收入,"12,000.00",,吴春燕',
      // A remark right of the table, under no column name, is no such mistake.
      '2026-03-14,记-4,收到租金,发包及上交收入,800,,吴春燕,已核对',
    ].join('\r\n')
    const p = await preview(utf8(text, true))
    expect(p.rows.map((r) => r.entry?.amountFen ?? r.errors)).toEqual([
      35_650,
      [
        '这一行比表头多出 1 格，可能是金额里的逗号没有加引号（1,234.50 被分成了 1 和 234.50 两格），请导出时去掉千位分隔符，或导出成 Excel 文件',
      ],
      1_200_000,
      80_000,
    ])
    expect(p.canCommit).toBe(false)
  })

  it('a cash journal’s small amount beside its 余额, with a remark right of the table, is read as written', async () => {
    const text = [
      '日期,凭证号,摘要,科目,收入,支出,余额',
      '2026-03-05,记-1,收到租金,发包及上交收入,800,,476.50',
      '2026-03-06,记-2,购买墨盒,办公费,,120,356.50,已核对',
      // The same book with a real cut: the balance moved past the table.
      '2026-03-07,记-3,道路维修材料,公益事业支出,,1,234.50,122.00',
    ].join('\r\n')
    const p = await preview(utf8(text, true))
    expect(p.rows.map((r) => r.entry?.amountFen ?? r.errors[0]?.slice(0, 12))).toEqual([
      80_000,
      12_000,
      '这一行比表头多出 1 格',
    ])
  })
})

describe('import: the clerk adjusts the mapping', () => {
  const odd = [
    ['时候', '号码', '事项', '账目', '进账', '出账'],
    ['2026-01-05', 'A1', '收到鱼塘承包费', '发包及上交收入', '12000', ''],
    ['2026-01-06', 'A2', '购买办公用品', '办公费', '', '356.50'],
  ]
  it("an unknown layout is refused with what to look for, then read with the clerk's mapping", async () => {
    await expect(preview(utf8(csvText(odd)))).rejects.toThrow('找不到表头')
    const mapping = { date: 0, voucherNo: 1, summary: 2, subject: 3, income: 4, expense: 5 }
    const p = await preview(utf8(csvText(odd)), { headerRow: 1, mapping })
    expect(p.canCommit).toBe(true)
    expect(p.columns.map((c) => c.label)).toEqual(odd[0])
    expect(p.rows.map((r) => [r.entry?.direction, r.entry?.amountFen])).toEqual([
      ['income', 1_200_000],
      ['expense', 35_650],
    ])
  })

  it('a mapping missing a column, or using one twice, is explained', async () => {
    const p = await preview(utf8(csvText(odd)), {
      headerRow: 1,
      mapping: { date: 0, voucherNo: 0, summary: 2, income: 4, expense: 9 },
    })
    expect(p.problems).toEqual([
      '请指定“科目”在哪一列',
      '第 1 列同时指定为“日期”和“凭证号”',
      '“支出（贷方）”指定的第 10 列不在表格里',
    ])
    expect(p.canCommit).toBe(false)
  })

  it('a swapped income/expense guess is fixed by swapping the two columns', async () => {
    const bytes = utf8(
      csvText([HEAD, ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12000', '', '']]),
    )
    const guessed = await preview(bytes)
    const swapped = await preview(bytes, { mapping: { ...guessed.mapping, income: 5, expense: 4 } })
    expect(guessed.rows[0]?.entry?.direction).toBe('income')
    expect(swapped.rows[0]?.entry?.direction).toBe('expense')
  })
})
