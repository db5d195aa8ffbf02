import { describe, expect, it } from 'vitest'
import { IMPORT_MAX_BYTES } from '../../../../../../../contract/schemas/data-import'
import { STANDARD_ROWS, csvText, preview, utf8, xlsx } from './files'
import { compoundFile as realCompoundFile } from './xls-files'

/** A compound-file signature with these stream names in it, but no readable directory. */
function compoundFile(...streams: string[]): Uint8Array {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  const names = streams.map((s) => Buffer.from(s, 'utf16le'))
  return new Uint8Array(Buffer.concat([head, Buffer.alloc(504), ...names, Buffer.alloc(512)]))
}

describe('import: files that are not a ledger are refused in plain words', () => {
  it.each([
    ['an empty file', new Uint8Array(0), '文件是空的，里面没有内容'],
    [
      'a password-protected workbook',
      realCompoundFile([
        ['EncryptionInfo', new Uint8Array(200)],
        ['EncryptedPackage', new Uint8Array(5000)],
      ]),
      '文件有密码保护，请先在 Excel 中取消密码',
    ],
    [
      'a damaged old .xls',
      compoundFile('Workbook', 'SummaryInformation'),
      '文件无法作为旧版 Excel（.xls）表格打开，可能已损坏',
    ],
    ['a PDF', utf8('%PDF-1.7\n1 0 obj'), '这是PDF 文件，不是表格'],
    ['a photo', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), '这是图片（JPG），不是表格'],
    [
      'random binary',
      new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7) % 256)),
      '这不是表格文件',
    ],
    [
      'a zip that is not a workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
      '文件无法作为 Excel 表格打开',
    ],
    [
      'a file over 10 MB',
      new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41),
      '文件太大（超过 10 MB）',
    ],
    ['only blank lines', utf8('\r\n,,,\r\n\r\n'), '表格里没有任何内容'],
    ['text with no header', utf8('今天天气很好\n明天也很好\n'), '找不到表头'],
    [
      'a header and nothing under it',
      utf8(csvText([STANDARD_ROWS[0]!, ['', '', '']])),
      '表头下面没有任何账目',
    ],
  ])('%s', async (_name, bytes, message) => {
    await expect(preview(bytes)).rejects.toThrow(message)
  })

  it('an empty workbook', async () => {
    const bytes = await xlsx((wb) => void wb.addWorksheet('Sheet1'))
    await expect(preview(bytes)).rejects.toThrow('表格里没有任何内容')
  })

  it('more rows than a village ledger ever has', async () => {
    const row = ['2026-01-05', '记', '摘要', '办公费', '', '1', '']
    const text = csvText([STANDARD_ROWS[0]!, ...Array.from({ length: 20_001 }, () => row)])
    await expect(preview(utf8(text))).rejects.toThrow('行数太多（超过 20000 行）')
  })

  it('a stray cell far right or far down (XFD1, the last row) does not widen or lengthen the book', async () => {
    // A space typed in column XFD and a formatted empty cell in the sheet's last row: read
    // column by column up to XFD, this 7 KB file once took seconds and ran core out of memory.
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('一季度')
      for (const row of STANDARD_ROWS) ws.addRow(row)
      ws.getCell('XFD1').value = ' '
      ws.getCell('XFD1').numFmt = '0.00'
      ws.getCell(1_048_576, 1).numFmt = '0.00'
      ws.getCell(2_000, 3).value = '   '
    })
    expect(bytes.length).toBeLessThan(20_000)
    const p = await preview(bytes)
    expect(p.columns.map((c) => c.label)).toEqual(STANDARD_ROWS[0])
    expect(p.counts).toMatchObject({ entries: 3, withErrors: 0, incomeFen: 1_200_000 })
    expect(p.counts.expenseFen).toBe(35_650 + 123_450)
  })

  it('content past column 200 or row 20,000 is refused in plain words', async () => {
    const wide = await xlsx((wb) => {
      const ws = wb.addWorksheet('一季度')
      for (const row of STANDARD_ROWS) ws.addRow(row)
      ws.getCell(3, 201).value = '备注'
    })
    await expect(preview(wide)).rejects.toThrow(
      '表格“一季度”右边很远的地方还有内容（超过 200 列），请删掉多余的内容后再导入',
    )
    const long = await xlsx((wb) => {
      const ws = wb.addWorksheet('一季度')
      for (const row of STANDARD_ROWS) ws.addRow(row)
      ws.getCell(20_001, 3).value = '合计'
    })
    await expect(preview(long)).rejects.toThrow('一季度行数太多（超过 20000 行）')
  })

  it('a CSV: empty fields past its last column do not widen it; content past column 200 is refused', async () => {
    // One line of ten million commas (10 MB, the largest file taken) was ten million cells:
    // 13 s and 340 MB of core's time here, the kiosk frozen meanwhile.
    const [head, first, ...rest] = STANDARD_ROWS.map((r) => csvText([r]).trimEnd())
    const commas = [head, `${first}${','.repeat(IMPORT_MAX_BYTES - 1_000)}`, ...rest].join('\r\n')
    const p = await preview(utf8(commas))
    expect(p.columns.map((c) => c.label)).toEqual(STANDARD_ROWS[0])
    expect(p.counts).toMatchObject({ entries: 3, withErrors: 0, incomeFen: 1_200_000 })
    const wide = csvText(
      STANDARD_ROWS.map((r, i) => (i === 2 ? [...r, ...Array(193).fill(''), '备注'] : r)),
    )
    await expect(preview(utf8(wide))).rejects.toThrow(
      '文件右边很远的地方还有内容（超过 200 列），请删掉多余的内容后再导入',
    )
    const justFits = csvText(
      STANDARD_ROWS.map((r, i) => (i === 2 ? [...r, ...Array(192).fill(''), '备注'] : r)),
    )
    expect((await preview(utf8(justFits))).counts.entries).toBe(3)
  })

  it('a CSV of ten million line breaks is refused as too long', async () => {
    const text = `${csvText(STANDARD_ROWS)}${'\n'.repeat(IMPORT_MAX_BYTES - 1_000)}`
    await expect(preview(utf8(text))).rejects.toThrow('行数太多（超过 20000 行）')
  })

  it('a sheet name that is not in the file', async () => {
    await expect(preview(utf8(csvText(STANDARD_ROWS)), { sheet: '五月' })).rejects.toThrow(
      '文件里没有名为“五月”的工作表',
    )
  })
})

describe('import: money in 千元, 万元 or more', () => {
  it.each([
    ['收入（万元）', '支出（万元）'],
    ['借方(万元)', '贷方(万元)'],
  ])('%s / %s: refused, never read as yuan (10,000 times too small)', async (income, expense) => {
    const rows = [
      ['日期', '凭证号', '摘要', '科目', income, expense, '经手人'],
      ['2026-01-08', '导-1', '道路硬化工程款', '公益事业支出', '', '12.5', '李国强'],
    ]
    const p = await preview(utf8(csvText(rows)))
    expect(p.canCommit).toBe(false)
    expect(p.problems.join('')).toContain(`“${expense}”一栏的单位是万元`)
  })

  it.each([
    ['千元', 1000],
    ['百万元', 1000000],
    ['亿元', 100000000],
  ])('a money column in %s is refused, naming the unit and its factor', async (unit, factor) => {
    const rows = [
      ['日期', '凭证号', '摘要', '科目', '收入', `支出（${unit}）`, '经手人'],
      ['2026-01-08', '导-1', '道路硬化工程款', '公益事业支出', '', '12.5', '李国强'],
    ]
    const p = await preview(utf8(csvText(rows)))
    expect(p.canCommit).toBe(false)
    expect(p.problems).toEqual([
      `“支出（${unit}）”一栏的单位是${unit}，导入只认以元为单位的金额。请在表格里把这一栏乘以 ${factor} 换算成元，表头写成“元”后再导入`,
    ])
  })

  it.each(['单位：千元', '金额单位:百万元', '2026年一季度收支明细（亿元）'])(
    'a title row saying %s is refused, as 单位：万元 is, not imported as ¥12.50',
    async (title) => {
      const rows = [
        [title, '', '', '', '', ''],
        ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
        ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12.5', ''],
      ]
      const p = await preview(utf8(csvText(rows), true))
      expect(p.canCommit).toBe(false)
      const unit = /(千|百万|亿)元/.exec(title)![0]
      expect(p.problems).toEqual([
        expect.stringContaining(
          `表头上方写着“${title}”，金额的单位是${unit}，导入只认以元为单位的金额`,
        ),
      ])
    },
  )

  it('the same book in 元 is read as it stands', async () => {
    const rows = [
      ['日期', '凭证号', '摘要', '科目', '收入（元）', '支出（元）', '经手人'],
      ['2026-01-08', '导-1', '道路硬化工程款', '公益事业支出', '', '125000', '李国强'],
    ]
    const p = await preview(utf8(csvText(rows)))
    expect(p.problems).toEqual([])
    expect(p.counts.expenseFen).toBe(12_500_000)
  })
})

describe('import: an amount merged down over several rows', () => {
  it('is refused, never counted once per row', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('支出')
      ws.addRow(['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'])
      ws.addRow(['2026-01-05', '记-1', '水泥', '公益事业支出', null, 1000, '李国强'])
      ws.addRow(['2026-01-05', '记-1', '运费', '公益事业支出', null, null, '李国强'])
      ws.mergeCells('F2:F3')
    })
    const p = await preview(bytes)
    expect(p.canCommit).toBe(false)
    expect(p.problems.join('')).toContain('第 3 行的“支出”是和上一行合并的单元格')
  })

  it('a date or voucher number merged down is still read on every row', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('支出')
      ws.addRow(['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'])
      ws.addRow(['2026-01-05', '记-1', '水泥', '公益事业支出', null, 1000, '李国强'])
      ws.addRow(['2026-01-05', '记-1', '运费', '公益事业支出', null, 200, '李国强'])
      ws.mergeCells('A2:A3')
      ws.mergeCells('B2:B3')
    })
    const p = await preview(bytes)
    expect(p.problems).toEqual([])
    expect(p.counts.expenseFen).toBe(120_000)
    expect(p.rows.map((r) => r.entry?.voucherNo)).toEqual(['记-1-1', '记-1-2'])
  })
})
