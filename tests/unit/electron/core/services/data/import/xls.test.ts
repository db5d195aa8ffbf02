import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readXls } from '../../../../../../../electron/core/services/data/import/xls'
import { readWorkbook } from '../../../../../../../electron/core/services/data/import/xlsx'
import {
  buildPreview,
  parseFile,
} from '../../../../../../../electron/core/services/data/import/preview'
import { input, preview, previewContext } from './files'
import {
  boolerr,
  compoundFile,
  dateMode1904,
  filePass,
  font,
  format,
  formula,
  label,
  longString,
  mulrk,
  number,
  palette,
  rec,
  row,
  workbook,
  xf,
  bof,
  eof,
  colinfo,
} from './xls-files'

const FIXTURES = resolve(import.meta.dirname, '../../../../../../fixtures/import')
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)))

const BROKEN = '文件无法作为旧版 Excel（.xls）表格打开，可能已损坏'

describe('import: old Excel (.xls) files read like the same workbook saved as .xlsx', () => {
  // LibreOffice saved each workbook both ways (tests/fixtures/import/make-xls.ts): dates in
  // 年月日 and y/m/d formats, a merged title, a label merged over two rows, formula results
  // (a sum, a text, a yes), a second sheet, and 600 distinct 摘要 whose shared strings run on
  // across seven CONTINUE records, characters split between them.
  // marked: a figure in red (红字冲销), a hidden row, and dark red and red text (neither counts).
  // formats: figures red by their number format ([Red]), and negatives-in-red on a positive one.
  it.each(['ledger', 'long', 'november', 'marked', 'formats'])('%s.xls', async (name) => {
    const fromXls = readXls(fixture(`${name}.xls`))
    const fromXlsx = await readWorkbook(fixture(`${name}.xlsx`))
    expect(fromXls).toEqual(fromXlsx)
    expect(fromXls.length).toBeGreaterThan(0)
  })

  it('the ledger sheet previews with its dates, fen and the merged total skipped', async () => {
    const p = await preview(fixture('ledger.xls'), {
      fileName: '三月明细账.xls',
      period: '2026-Q1',
    })
    expect(p.kind).toBe('xls')
    expect(p.sheets).toEqual(['2026年3月明细账', '说明'])
    const entries = p.rows.filter((r) => r.kind === 'entry')
    expect(entries.map((r) => [r.entry?.date, r.entry?.amountFen, r.errors])).toEqual([
      ['2026-03-02', 1_200_000, []],
      ['2026-03-05', 35_650, []],
      ['2026-03-09', 128_807, []],
      ['2026-03-15', 420_000, []],
      ['2026-03-28', 900_000, []],
    ])
    expect(entries[0]!.entry?.summary).toBe('收到鱼塘发包款（王*明）')
  })

  /** The preview of fixture `name` as .xls and as .xlsx (named `shown` in the screen). */
  async function bothPreviews(name: string, shown: string, period: string, today: string) {
    return Promise.all(
      ['xls', 'xlsx'].map(async (ext) => {
        const bytes = fixture(`${name}.${ext}`)
        const fileName = `${shown}.${ext}`
        const p = await buildPreview(
          await parseFile(bytes),
          input(bytes, { fileName, period }),
          previewContext(today),
        )
        return { fileName, p }
      }),
    )
  }

  it('a 红字冲销 and a hidden line in an .xls are refused and skipped, as from .xlsx', async () => {
    for (const { fileName, p } of await bothPreviews('marked', '十一月', '2026-11', '2026-12-01')) {
      const rows = p.rows.map((r) => [r.values[1], r.kind, r.skipReason ?? r.errors.join('')])
      expect(rows, fileName).toEqual([
        ['记-1', 'entry', ''],
        ['记-2', 'entry', expect.stringContaining('金额 56.5 在表格里是红字（冲销）')],
        ['记-3', 'skipped', '在表格里是隐藏的行，没有导入'],
        ['记-4', 'entry', ''],
        ['记-5', 'entry', ''],
      ])
      expect(p.canCommit).toBe(false)
    }
  })

  it('a figure red by its number format is refused from an .xls as from an .xlsx', async () => {
    for (const { fileName, p } of await bothPreviews(
      'formats',
      '十二月',
      '2026-12',
      '2026-12-20',
    )) {
      const rows = p.rows.map((r) => [r.values[1], r.errors.join('')])
      expect(rows, fileName).toEqual([
        ['记-1', ''],
        ['记-2', expect.stringContaining('金额 56.5 在表格里是红字（冲销）')],
        ['记-3', ''],
        ['记-4', expect.stringContaining('金额 88 在表格里是红字（冲销）')],
      ])
    }
  })

  it('reads red from the font, the palette the file brings, and font 4 that is never written', () => {
    const RED = 0x0a // red in Excel 97's own palette
    const PURPLE = 0x14 // 0x800080 unless the file's palette says otherwise
    const fonts = [font(0x7fff), font(0x7fff), font(0x7fff), font(0x7fff), font(RED)]
    const cells = (r: number) => [0, 1, 2, 3, 4].map((x) => number(r, x, 56.5, x))
    const read = (before: Buffer[]) =>
      readXls(compoundFile([['Workbook', workbook(before, [['Sheet1', cells(0)]])]]))[0]!.rows
    // XF 0: automatic colour; 1: font 5 (the fifth record, red); 2: font 4 (not written, so
    // font 3: automatic); 3: a red font under a date format (a date, not money); 4: purple.
    const formats = [xf(0, 0), xf(0, 5), xf(0, 4), xf(14, 5)]
    expect(read([...fonts, font(PURPLE), ...formats, xf(0, 6)])).toEqual([
      [56.5, '红字56.5', 56.5, new Date('1900-02-25T12:00:00.000Z'), 56.5],
    ])
    // The file's palette makes index 0x14 red (and 0x0a blue): the cells follow it.
    const own = Array.from({ length: 56 }, (_, k) =>
      k === PURPLE - 8 ? 0xe02020 : k === RED - 8 ? 0x0000ff : 0x000000,
    )
    expect(read([palette(own), ...fonts, font(PURPLE), ...formats, xf(0, 6)])).toEqual([
      [56.5, 56.5, 56.5, new Date('1900-02-25T12:00:00.000Z'), '红字56.5'],
    ])
  })

  it('a figure its number format draws as nothing (;;;) is listed hidden, as from .xlsx', () => {
    // XF 0: general; 1: ;;; (hides all); 2: #,##0.00;-#,##0.00; (a zero left blank).
    const formats = [format(164, ';;;'), format(165, '#,##0.00;-#,##0.00;')]
    const before = [...formats, xf(0), xf(164), xf(165)]
    const cells = [
      label(0, 0, '摘要'),
      label(0, 1, '借方'),
      label(0, 2, '贷方'),
      label(1, 0, '收到鱼塘承包费'),
      number(1, 1, 999, 1),
      number(1, 2, 0, 2),
      number(2, 1, 500, 0),
      number(2, 2, 0, 1),
    ]
    const [grid] = readXls(compoundFile([['Workbook', workbook(before, [['10月', cells]])]]))
    expect(grid!.rows).toEqual([
      ['摘要', '借方', '贷方'],
      ['收到鱼塘承包费', 999, 0],
      [null, 500, 0],
    ])
    expect(grid!.hiddenCells).toEqual([[1, 1]])
  })

  it('a cut-off FONT or XF record keeps its place: the cells after it keep their colours', () => {
    const short = (type: number) => rec(type, Buffer.from([0]))
    const stream = workbook(
      [
        short(0x0031),
        font(0x7fff),
        font(0x7fff),
        font(0x7fff),
        font(0x0a),
        short(0x00e0),
        xf(0, 5),
      ],
      [['Sheet1', [number(0, 0, 10, 0), number(0, 1, 20, 1)]]],
    )
    expect(readXls(compoundFile([['Workbook', stream]]))[0]!.rows).toEqual([[10, '红字20']])
  })

  it('lists hidden rows that hold something; a red negative figure stays a number', () => {
    const stream = workbook(
      [font(0x7fff), font(0x0a), xf(0, 0), xf(0, 1)],
      [
        [
          'Sheet1',
          [
            row(1, true),
            row(2, false),
            row(5, true),
            label(0, 0, '摘要'),
            number(1, 0, 900, 0),
            number(2, 0, -300, 1),
            number(3, 0, 300, 1),
          ],
        ],
      ],
    )
    const [grid] = readXls(compoundFile([['Workbook', stream]]))
    expect(grid!.rows).toEqual([['摘要'], [900], [-300], ['红字300']])
    // Row 6 is hidden but empty: nothing to skip, as exceljs lists only rows with cells.
    expect(grid!.hiddenRows).toEqual([1])
  })

  it('reads MULRK runs, one-byte and two-byte labels, yes/no cells and 1904 dates', () => {
    const stream = workbook(
      [dateMode1904(), xf(0), format(164, 'yyyy"年"m"月"d"日"'), xf(164), xf(14)],
      [
        [
          '凭证',
          [
            label(0, 0, 'Voucher', false),
            label(0, 1, '摘要'),
            // 12 as an integer RK, 3.57 as an integer ÷ 100, 1.5 as the top of a double.
            mulrk(1, 0, [
              [0, (12 << 2) | 2],
              [0, (357 << 2) | 3],
              [0, 0x3ff80000],
            ]),
            boolerr(2, 0, 1, false),
            boolerr(2, 1, 0x07, true),
            formula(2, 2, { error: 0x17 }),
            // Day 44624 of the 1904 system is 2026-03-05; as a built-in date format too.
            number(3, 0, 44_624, 1),
            number(3, 1, 44_624, 2),
            // A date format on a number no calendar has: the number is kept, not dropped.
            number(4, 0, 3_000_000, 2),
          ],
        ],
      ],
    )
    const [grid] = readXls(compoundFile([['Workbook', stream]]))
    expect(grid!.name).toBe('凭证')
    expect(grid!.rows).toEqual([
      ['Voucher', '摘要'],
      [12, 3.57, 1.5],
      // Errors read as Excel shows them (and the .xlsx reader gives them): not as blanks.
      [true, '#DIV/0!', '#REF!'],
      [new Date('2026-03-05T00:00:00Z'), new Date('2026-03-05T00:00:00Z')],
      [3_000_000],
    ])
  })

  it('marks a hidden sheet, so a visible one is taken first', () => {
    const stream = workbook(
      [],
      [
        ['9月', [label(0, 0, '旧账')], true],
        ['10月', [label(0, 0, '本月')]],
      ],
    )
    const grids = readXls(compoundFile([['Workbook', stream]]))
    expect(grids.map((g) => [g.name, !!g.hidden])).toEqual([
      ['9月', true],
      ['10月', false],
    ])
  })

  it('a cell that says EncryptionInfo is text, not a password', async () => {
    const stream = workbook([], [['Sheet1', [label(0, 0, 'EncryptionInfo 升级费')]]])
    const bytes = compoundFile([['Workbook', stream]])
    expect(readXls(bytes)[0]!.rows).toEqual([['EncryptionInfo 升级费']])
    await expect(preview(bytes, { fileName: 'x.xls' })).rejects.toThrow('找不到表头')
  })

  it('the book’s own Workbook stream is read, not one inside an embedded object', () => {
    const own = workbook([], [['明细账', [label(0, 0, '本村的账')]]])
    const embedded = workbook([], [['图表数据', [label(0, 0, '嵌入对象里的表')]]])
    const bytes = compoundFile([['Workbook', own]], () => {}, [
      ['MBD0001', [['Workbook', embedded]]],
    ])
    expect(readXls(bytes).map((g) => g.name)).toEqual(['明细账'])
  })

  it('a long text from a formula, continued past its STRING record, is read whole', () => {
    const text = '村集体经营收入说明'.repeat(600)
    const stream = workbook([], [['Sheet1', [formula(0, 0, 'text'), longString(text, 4000)]]])
    expect(readXls(compoundFile([['Workbook', stream]]))[0]!.rows).toEqual([[text]])
  })

  it('a personal ID number in a row is refused there, as from .xlsx or CSV', async () => {
    const head = ['日期', '凭证号', '摘要', '科目', '收入', '支出']
    const row = ['2026-03-05', '记-1', '退110101199003071234押金', '其他支出', '', '100']
    const cells = [head, row].flatMap((r, i) =>
      r.map((v, c) => label(i, c, v)).filter((_, c) => r[c] !== ''),
    )
    const bytes = compoundFile([['Workbook', workbook([], [['Sheet1', cells]])]])
    const p = await preview(bytes, { fileName: '明细账.xls' })
    expect(p.rows.find((r) => r.line === 2)?.errors.join('')).toContain('身份证号')
    expect(p.canCommit).toBe(false)
  })

  it('a small workbook stream is read from the mini stream', () => {
    const stream = workbook([], [['Sheet1', [label(0, 0, '日期'), number(1, 0, 46_086)]]])
    expect(stream.length).toBeLessThan(4096)
    expect(readXls(compoundFile([['Workbook', stream]]))[0]!.rows).toEqual([['日期'], [46_086]])
  })
})

describe('import: a column hidden in an .xls', () => {
  const HIDDEN_5 =
    '第 5 列“借方”在表格里是隐藏的，打开表格看不到里面的数，却会被当成“收入（借方）”导入；请在上面改选看得见的那一列，或在 Excel 里取消隐藏、删掉不用的列后再导入'
  // Two 借方 columns (5 and 6), as the .xlsx test's book; `columns` are the sheet's COLINFO.
  const book = (columns: Buffer[]) => {
    const head = ['日期', '凭证号', '摘要', '科目', '借方', '借方', '贷方']
    const line = ['2026-03-05', '记-1', '收到鱼塘承包费', '发包及上交收入']
    const cells = [
      ...head.map((v, c) => label(0, c, v)),
      ...line.map((v, c) => label(1, c, v)),
      number(1, 4, 999),
      number(1, 5, 1200),
    ]
    return compoundFile([['Workbook', workbook([], [['3月', [...columns, ...cells]]])]])
  }

  it('money read from a hidden column (COLINFO fHidden) is refused in words, nothing imported', async () => {
    const p = await preview(book([colinfo(4, 4, 2048, true)]), { fileName: 'book.xls' })
    expect(p.problems).toContain(HIDDEN_5)
    expect(p.canCommit).toBe(false)
  })

  it('a column of width 0 is hidden too', async () => {
    const p = await preview(book([colinfo(3, 3, 2048, false), colinfo(4, 4, 0, false)]), {
      fileName: 'book.xls',
    })
    expect(p.problems).toContain(HIDDEN_5)
    expect(p.canCommit).toBe(false)
  })

  it('shown columns with their widths, and a hidden one the mapping does not use, are no problem', async () => {
    // Column 6 (the second 借方) and the unused columns past the table hidden, as clerks
    // hide what they do not print: the shown 借方 is the one read.
    const shown = await preview(book([colinfo(0, 4, 2048, false), colinfo(6, 6, 2048, false)]), {
      fileName: 'book.xls',
    })
    expect(shown.problems).toEqual([])
    const p = await preview(book([colinfo(5, 5, 2048, true), colinfo(7, 255, 2048, true)]), {
      fileName: 'book.xls',
    })
    expect(p.mapping.income).toBe(4)
    expect(p.problems).toEqual([])
    expect(p.rows.filter((r) => r.kind === 'entry').map((r) => r.entry?.amountFen)).toEqual([
      99_900,
    ])
  })
})

/** Two sheets in the list, the second pointing at the first one's records. */
function sameSheetTwice(): Buffer {
  const b = workbook(
    [],
    [
      ['一', [label(0, 0, '日期')]],
      ['二', [label(0, 0, '摘要')]],
    ],
  )
  // BOF (20 bytes), then each BOUNDSHEET (14 bytes for a one-character name): offset first.
  b.writeUInt32LE(b.readUInt32LE(24), 38)
  return b
}

describe('import: an .xls that cannot be read is refused in plain words, nothing read', () => {
  const good = () => workbook([], [['Sheet1', [label(0, 0, '日期')]]])
  const big = () =>
    workbook([], [['Sheet1', Array.from({ length: 400 }, (_, i) => label(i, 0, `第${i}行`))]])

  it.each([
    ['a password', compoundFile([['Workbook', workbook([filePass()], [])]]), '文件有密码保护'],
    ['Excel 95 (a Book stream)', compoundFile([['Book', good()]]), 'Excel 95 或更早版本'],
    [
      'a BIFF5 workbook stream',
      compoundFile([['Workbook', Buffer.concat([bof(5, 0x0500), eof()])]]),
      'Excel 95 或更早版本',
    ],
    ['a Word document', compoundFile([['WordDocument', good()]]), '这不是表格文件'],
    [
      'a sector chain that loops',
      compoundFile([['Workbook', big()]], (fat) => (fat[3] = 1)),
      BROKEN,
    ],
    [
      'a chain into sectors the file does not have',
      compoundFile([['Workbook', big()]], (fat) => (fat[2] = 90_000)),
      BROKEN,
    ],
    ['a file cut in half', compoundFile([['Workbook', big()]]).subarray(0, 4096), BROKEN],
    [
      'a record longer than the stream',
      compoundFile([['Workbook', Buffer.concat([good(), Buffer.from([0x04, 0x02, 0xff, 0x7f])])]]),
      BROKEN,
    ],
    [
      'two sheets in the list that are the same records',
      compoundFile([['Workbook', sameSheetTwice()]]),
      BROKEN,
    ],
    [
      'a sheet list pointing nowhere',
      compoundFile([['Workbook', good().fill(0x33, 24, 28)]]),
      BROKEN,
    ],
  ])('%s', async (_name, bytes, message) => {
    await expect(preview(bytes, { fileName: 'x.xls' })).rejects.toThrow(message)
  })

  it('merged ranges over the whole sheet again and again are refused, not filled', () => {
    const range = Buffer.alloc(8)
    range.writeUInt16LE(19_999, 2)
    range.writeUInt16LE(199, 6)
    const merges = rec(0x00e5, Buffer.from([100, 0]), ...Array<Buffer>(100).fill(range))
    const bytes = compoundFile([
      ['Workbook', workbook([], [['明细', [label(0, 0, '合计'), merges]]])],
    ])
    expect(() => readXls(bytes)).toThrow('表格里合并的单元格太多')
  })

  it('a cell beyond the rows or columns a ledger needs is refused like in .xlsx', () => {
    const far = (r: number, c: number) =>
      compoundFile([['Workbook', workbook([], [['明细', [label(r, c, '多余')]]])]])
    expect(() => readXls(far(0, 250))).toThrow('表格“明细”右边很远的地方还有内容')
    expect(() => readXls(far(30_000, 0))).toThrow('明细行数太多')
    // A title merged across every column (A1:IV1) reaches past column 200, as in .xlsx.
    const range = Buffer.alloc(8)
    range.writeUInt16LE(255, 6)
    const title = [label(0, 0, '联盟村明细账'), rec(0x00e5, Buffer.from([1, 0]), range)]
    const wide = compoundFile([['Workbook', workbook([], [['明细', title]])]])
    expect(() => readXls(wide)).toThrow('表格“明细”右边很远的地方还有内容')
  })
})
