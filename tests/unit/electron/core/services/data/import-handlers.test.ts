import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { enterMonth, type Harness } from '../ledger-admin/harness'
import { b64, dataHarness } from './harness'
import { csvText, xlsx } from './import/files'

const HEAD = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人']
const OCTOBER = [
  HEAD,
  ['2026-10-08', '导-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
  ['2026/10/9', '导-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
  ['2026年10月20日', '导-3', '道路维修材料', '公益事业支出', '', '1234.5元', '李国强'],
  ['', '', '合计', '', '12000', '1591', ''],
]

const file = (rows: string[][], period = '2026-10'): Input<'import.commit'> => ({
  fileName: '十月.csv',
  bytesBase64: b64(csvText(rows)),
  period,
})

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
})

describe('import.preview', () => {
  it('is for the clerk and the admin only', async () => {
    await h.refused('public', 'import.preview', file(OCTOBER), 'UNAUTHENTICATED')
    await h.refused('sup', 'import.preview', file(OCTOBER), 'FORBIDDEN')
    expect((await h.call('admin', 'import.preview', file(OCTOBER))).counts.entries).toBe(3)
  })

  it('changes nothing, even for a good file', async () => {
    const before = h.store.head()
    const p = await h.call('clerk', 'import.preview', file(OCTOBER))
    expect(p.canCommit).toBe(true)
    expect(h.store.head()).toEqual(before)
  })

  it('refuses a file over 10 MB before reading it', async () => {
    const big = { ...file(OCTOBER), bytesBase64: 'A'.repeat(14_000_000) }
    await h.refused('clerk', 'import.preview', big, 'BAD_INPUT', '文件太大（超过 10 MB）')
  })
})

describe('import.commit: all rows as drafts in one change, or nothing', () => {
  it('opens a period not yet begun as a draft, in the same journal entry as its lines', async () => {
    expect(h.store.get('sheets', '2026-10')).toBeUndefined()
    const p = await h.call('clerk', 'import.preview', file(OCTOBER))
    expect(p.periods).toEqual([
      {
        key: '2026-10',
        label: '2026年10月',
        isNew: true,
        entries: 3,
        incomeFen: 1_200_000,
        expenseFen: 159_100,
      },
    ])
    const seq = h.store.head().seq
    const r = await h.call('clerk', 'import.commit', file(OCTOBER))
    expect(r.opened).toEqual(['2026-10'])
    expect(h.store.head().seq).toBe(seq + 1)
    expect(h.store.get('sheets', '2026-10')).toMatchObject({ status: 'draft' })
    const [entry] = await h.store.history('sheets', '2026-10')
    expect(entry).toMatchObject({ seq: r.seq, action: 'ledger.import' })
    expect((await h.call('clerk', 'ledger.drafts', { period: '2026-10' })).count).toBe(3)
  })

  it('imports every line as a draft of the period in ONE journal entry', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const seq = h.store.head().seq
    const r = await h.call('clerk', 'import.commit', file(OCTOBER))
    expect(r).toEqual({
      period: '2026-10',
      periods: [{ key: '2026-10', imported: 3 }],
      opened: [],
      imported: 3,
      incomeFen: 1_200_000,
      expenseFen: 159_100,
      seq: seq + 1,
    })
    expect(h.store.head().seq).toBe(seq + 1)
    const view = await h.call('clerk', 'ledger.drafts', { period: '2026-10' })
    expect(
      view.entries.map((e) => [e.voucherNo, e.state, e.amountFen, e.item, e.createdBy.name]),
    ).toEqual([
      ['导-1', 'draft', 1_200_000, '发包及上交收入', '吴春燕'],
      ['导-2', 'draft', 35_650, '办公费', '吴春燕'],
      ['导-3', 'draft', 123_450, '公益事业支出', '吴春燕'],
    ])
    // Imported drafts are ordinary drafts: the clerk edits and removes them like typed ones.
    await h.call('clerk', 'ledger.removeEntry', { id: view.entries[0]!.id })
    expect((await h.call('clerk', 'ledger.drafts', { period: '2026-10' })).count).toBe(2)
  })

  it('one bad row and nothing is imported', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const rows = [
      ...OCTOBER.slice(0, 3),
      ['2026-10-32', '导-3', '日期写错', '办公费', '', '10', ''],
    ]
    await h.refused(
      'clerk',
      'import.commit',
      file(rows),
      'BAD_INPUT',
      /^第 4 行：日期“2026-10-32”.*（共 1 行有问题），没有导入任何账目/,
    )
    expect((await h.call('clerk', 'ledger.drafts', { period: '2026-10' })).count).toBe(0)
  })

  it('the same file twice: the second time every voucher number is already used', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    await h.call('clerk', 'import.commit', file(OCTOBER))
    const p = await h.call('clerk', 'import.preview', file(OCTOBER))
    expect(p.rows.filter((r) => r.kind === 'entry').map((r) => r.errors)).toEqual([
      ['凭证号“导-1”在这一期已经有账目用过'],
      ['凭证号“导-2”在这一期已经有账目用过'],
      ['凭证号“导-3”在这一期已经有账目用过'],
    ])
    await h.refused('clerk', 'import.commit', file(OCTOBER), 'BAD_INPUT')
  })

  it('a voucher number a typed draft already uses is refused', async () => {
    await enterMonth(h, 1)
    const rows = [HEAD, ['2026-10-08', '记-2026-10-001', '重复的凭证号', '办公费', '', '10', '']]
    const p = await h.call('clerk', 'import.preview', file(rows))
    expect(p.rows[0]?.errors).toEqual(['凭证号“记-2026-10-001”在这一期已经有账目用过'])
  })

  it('a voucher number already used, written full-width or with another dash, is refused', async () => {
    await enterMonth(h, 2)
    const rows = [
      HEAD,
      ['2026-10-08', '记－２０２６－１０－００１', '全角的凭证号', '办公费', '', '10', ''],
      ['2026-10-09', '记—2026—10—002', '长横线的凭证号', '办公费', '', '10', ''],
    ]
    const p = await h.call('clerk', 'import.preview', file(rows))
    expect(p.rows.map((r) => r.errors)).toEqual([
      ['凭证号“记－２０２６－１０－００１”在这一期已经有账目用过'],
      ['凭证号“记—2026—10—002”在这一期已经有账目用过'],
    ])
    await h.refused('clerk', 'import.commit', file(rows), 'BAD_INPUT')
  })

  it('the same book again with its numbers unpadded (记-0012 as 记-12, 0007 as 7) is refused', async () => {
    // The platform pads numbers (记-0012); the same book from its other export, or its CSV
    // opened and saved in Excel (0007 becomes 7), does not: the second import must not double it.
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const padded = [
      HEAD,
      ['2026-10-08', '记-0012', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
      ['2026-10-09', '0007', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
    ]
    const unpadded = [
      HEAD,
      ['2026-10-08', '记-12', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
      ['2026-10-09', '7', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
    ]
    await h.call('clerk', 'import.commit', file(padded))
    const p = await h.call('clerk', 'import.preview', file(unpadded))
    expect(p.rows.map((r) => r.errors)).toEqual([
      ['凭证号“记-12”在这一期已经有账目用过'],
      ['凭证号“7”在这一期已经有账目用过'],
    ])
    await h.refused('clerk', 'import.commit', file(unpadded), 'BAD_INPUT')
    const view = await h.call('clerk', 'ledger.drafts', { period: '2026-10' })
    expect(view.entries.map((e) => e.voucherNo)).toEqual(['记-0012', '0007'])
  })

  it('one voucher number written two ways in one file is one number, refused the second time', async () => {
    const rows = [
      HEAD,
      ['2026-10-08', '导-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
      ['2026-10-20', '导－１', '道路维修材料', '公益事业支出', '', '1234.5', '李国强'],
    ]
    const p = await h.call('clerk', 'import.preview', file(rows))
    expect(p.rows.map((r) => r.errors)).toEqual([[], ['凭证号“导－１”与第 2 行重复']])
  })

  it('a voucher number in other case letters is the same number: taken, or repeated in the file', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    await h.call(
      'clerk',
      'import.commit',
      file([HEAD, OCTOBER[1]!.map((c) => c.replace('导-1', 'JZ-1'))]),
    )
    const rows = [
      HEAD,
      ['2026-10-09', 'jz-1', '小写的凭证号', '办公费', '', '10', ''],
      ['2026-10-10', 'Dao-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
      ['2026-10-11', '导-3', '道路维修材料', '公益事业支出', '', '1234.5元', '李国强'],
      ['2026-10-12', 'DAO-2', '又一笔', '办公费', '', '20', ''],
    ]
    const p = await h.call('clerk', 'import.preview', file(rows))
    expect(p.rows.map((r) => r.errors)).toEqual([
      ['凭证号“jz-1”在这一期已经有账目用过'],
      [],
      [],
      ['凭证号“DAO-2”与第 3 行重复'],
    ])
    await h.refused('clerk', 'import.commit', file(rows), 'BAD_INPUT')
  })

  it('a period under review or published is not imported into', async () => {
    await enterMonth(h, 1)
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.refused('clerk', 'import.commit', file(OCTOBER), 'CONFLICT', /已提交监委审核/)
    await h.call('sup', 'ledger.publish', { period: '2026-10' })
    await h.refused('clerk', 'import.commit', file(OCTOBER), 'CONFLICT', /已公开/)
  })

  it('a file that is not a spreadsheet changes nothing', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const pdf = { ...file(OCTOBER), bytesBase64: b64('%PDF-1.7 not a table') }
    await h.refused('clerk', 'import.commit', pdf, 'BAD_INPUT', '这是PDF 文件，不是表格')
  })

  it('a hidden row sent as the header imports nothing and says which row', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('10月')
      ws.addRow(['摘要', '日期', '凭证号', '科目', '支出', '收入', '经手人']).hidden = true
      for (const r of OCTOBER) ws.addRow(r)
    })
    const chosen = {
      ...file(OCTOBER),
      fileName: '十月.xlsx',
      bytesBase64: b64(bytes),
      headerRow: 1,
    }
    const message = '第 1 行在表格里是隐藏的，不能作表头，请选表格里看得见的那一行'
    await h.refused('clerk', 'import.preview', chosen, 'BAD_INPUT', message)
    await h.refused('clerk', 'import.commit', chosen, 'BAD_INPUT', message)
  })
})

describe('data.progress while a large file is checked', () => {
  it('shows the clerk how far the row check is, and nothing once it is done', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const rows = [HEAD]
    for (let i = 0; i < 3_000; i++)
      rows.push(['2026-10-08', `导-${i}`, '摘要', '办公费', '', '1', ''])
    let finished = false
    const work = h.call('clerk', 'import.preview', file(rows)).finally(() => (finished = true))
    const seen: string[] = []
    while (!finished) {
      // Yield a turn of the event loop, as the screen's timer would, then ask.
      await new Promise((resolve) => setImmediate(resolve))
      const p = await h.call('clerk', 'data.progress', {})
      if (p) seen.push(`${p.task}:${p.step}:${p.done}/${p.total}`)
    }
    expect((await work).counts.entries).toBe(3_000)
    expect(seen).toContain('import:正在逐行检查:500/3000')
    expect(seen).toContain('import:正在逐行检查:2500/3000')
    expect(await h.call('clerk', 'data.progress', {})).toBeNull()
    expect(await h.call('admin', 'data.progress', {})).toBeNull()
  })
})

describe('a large book', () => {
  it('lists every problem but only the first 300 good rows, and imports them all', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const rows = [HEAD]
    for (let i = 1; i <= 1_000; i++)
      rows.push(['2026-10-08', `导-${i}`, '摘要', '办公费', '', '1', ''])
    rows.push(['2026-10-08', '导-1001', '摘要', '招待费', '', '1', ''])
    const p = await h.call('clerk', 'import.preview', file(rows))
    expect(p.rows).toHaveLength(301)
    expect(p.omitted).toBe(700)
    expect(p.rows.at(-1)?.ask).toBe('招待费')
    expect(p.canCommit).toBe(false)
    await h.refused('clerk', 'import.commit', file(rows), 'BAD_INPUT', /“招待费”算作哪一类/)
    const good = file(rows.slice(0, -1))
    expect((await h.call('clerk', 'import.commit', good)).imported).toBe(1_000)
  })
})

describe('the journal entry of an import', () => {
  it('names the clerk and reads as 导入 in the history', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const r = await h.call('clerk', 'import.commit', file(OCTOBER))
    const view = await h.call('clerk', 'ledger.drafts', { period: '2026-10' })
    const [entry] = await h.store.history('ledger', view.entries[0]!.id)
    expect(entry).toMatchObject({ seq: r.seq, action: 'ledger.import', actor: { name: '吴春燕' } })
    expect(entry?.data.puts).toHaveLength(3)
  })
})

describe('a quarter whose book numbers its vouchers month by month', () => {
  const OCT = [
    ['2026-10-08', '记-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
    ['2026-10-09', '记-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
  ]
  const NOV = [
    ['2026-11-03', '记-1', '收到租金', '经营收入', '3000', '', '吴春燕'],
    ['2026-11-09', '记-2', '道路维修材料', '公益事业支出', '', '1234.50', '李国强'],
  ]
  const quarter = (rows: string[][]) => file([HEAD, ...rows], '2026-Q4')
  const october = async () =>
    (await h.call('clerk', 'ledger.drafts', { period: '2026-Q4' })).entries
      .filter((e) => e.date.startsWith('2026-10'))
      .map((e) => `${e.voucherNo} ${e.amountFen}`)

  beforeEach(async () => {
    await h.store.commit({
      actor: null,
      action: 'test.settings',
      entity: 'settings',
      id: 'settings',
      puts: [{ coll: 'settings', id: 'settings', value: { periodMode: 'quarter' } }],
    })
  })

  it('October alone, then the quarter so far: October, renamed 10月记-1, is already imported', async () => {
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    const p = await h.call('clerk', 'import.preview', quarter([...OCT, ...NOV]))
    expect(p.rows.map((r) => [r.entry?.voucherNo, r.errors])).toEqual([
      [undefined, ['10月的凭证号“记-1”在这一期已经有账目用过']],
      [undefined, ['10月的凭证号“记-2”在这一期已经有账目用过']],
      ['11月记-1', []],
      ['11月记-2', []],
    ])
    await h.refused('clerk', 'import.commit', quarter([...OCT, ...NOV]), 'BAD_INPUT')
    expect(await october()).toEqual(['记-1 1200000', '记-2 35650'])
  })

  it('October alone, then November alone: November comes in as 11月记-1, not refused', async () => {
    // The township closes each month and the clerk imports it as it comes: November's book
    // starts again at 记-1, which October's lines already use in this quarter.
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    // Only one number met again in another month stays a duplicate, as within one file.
    const one = await h.call('clerk', 'import.preview', quarter([NOV[0]!]))
    expect(one.rows.map((r) => r.errors)).toEqual([['凭证号“记-1”在这一期已经有账目用过']])
    const p = await h.call('clerk', 'import.preview', quarter(NOV))
    expect(p.rows.map((r) => [r.entry?.voucherNo, r.errors])).toEqual([
      ['11月记-1', []],
      ['11月记-2', []],
    ])
    expect((await h.call('clerk', 'import.commit', quarter(NOV))).imported).toBe(2)
    // November again is refused: its vouchers are in.
    await h.refused('clerk', 'import.commit', quarter(NOV), 'BAD_INPUT', '已经有账目用过')
    expect(await october()).toEqual(['记-1 1200000', '记-2 35650'])
    const all = await h.call('clerk', 'ledger.drafts', { period: '2026-Q4' })
    expect(all.count).toBe(4)
  })

  const DEC = [
    ['2026-12-02', '记-1', '收到水费', '经营收入', '800', '', '吴春燕'],
    ['2026-12-09', '记-2', '购买水泥', '公益事业支出', '', '500', '李国强'],
  ]
  const numbers = async () =>
    (await h.call('clerk', 'ledger.drafts', { period: '2026-Q4' })).entries
      .map((e) => `${e.date.slice(5, 7)} ${e.voucherNo}`)
      .sort()

  it('October and November together, then December alone: December follows as 12月记-1', async () => {
    h.setNow('2026-12-15T01:30:00.000Z')
    expect((await h.call('clerk', 'import.commit', quarter([...OCT, ...NOV]))).imported).toBe(4)
    const p = await h.call('clerk', 'import.preview', quarter(DEC))
    expect(p.rows.map((r) => [r.entry?.voucherNo, r.errors])).toEqual([
      ['12月记-1', []],
      ['12月记-2', []],
    ])
    // Even a December of one voucher: the quarter's lines say how it is numbered.
    const one = await h.call('clerk', 'import.preview', quarter([DEC[0]!]))
    expect(one.rows.map((r) => [r.entry?.voucherNo, r.errors])).toEqual([['12月记-1', []]])
    expect((await h.call('clerk', 'import.commit', quarter(DEC))).imported).toBe(2)
    expect(await numbers()).toEqual([
      '10 10月记-1',
      '10 10月记-2',
      '11 11月记-1',
      '11 11月记-2',
      '12 12月记-1',
      '12 12月记-2',
    ])
    // December again is refused, said in the file's own numbers.
    const again = await h.call('clerk', 'import.preview', quarter(DEC))
    expect(again.rows.map((r) => r.errors)).toEqual([
      ['12月的凭证号“记-1”在这一期已经有账目用过'],
      ['12月的凭证号“记-2”在这一期已经有账目用过'],
    ])
  })

  it('October alone, November alone, December alone: each comes in, November and December with their month', async () => {
    h.setNow('2026-12-15T01:30:00.000Z')
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    expect((await h.call('clerk', 'import.commit', quarter(NOV))).imported).toBe(2)
    expect((await h.call('clerk', 'import.commit', quarter([DEC[0]!]))).imported).toBe(1)
    expect(await numbers()).toEqual([
      '10 记-1',
      '10 记-2',
      '11 11月记-1',
      '11 11月记-2',
      '12 12月记-1',
    ])
  })

  it('a quarter numbered through (记-1 to 记-4 in October and November) stays as it is', async () => {
    h.setNow('2026-12-15T01:30:00.000Z')
    const through = [
      ...OCT,
      ['2026-11-03', '记-3', '收到租金', '经营收入', '3000', '', '吴春燕'],
      ['2026-11-09', '记-4', '道路维修材料', '公益事业支出', '', '1234.50', '李国强'],
    ]
    expect((await h.call('clerk', 'import.commit', quarter(through))).imported).toBe(4)
    const dec = [
      ['2026-12-02', '记-5', '收到水费', '经营收入', '800', '', '吴春燕'],
      ['2026-12-09', '记-6', '购买水泥', '公益事业支出', '', '500', '李国强'],
    ]
    expect((await h.call('clerk', 'import.commit', quarter(dec))).imported).toBe(2)
    expect(await numbers()).toEqual([
      '10 记-1',
      '10 记-2',
      '11 记-3',
      '11 记-4',
      '12 记-5',
      '12 记-6',
    ])
  })

  const typed = (voucherNo: string, date: string): Input<'ledger.saveEntry'> => ({
    period: '2026-Q4',
    date,
    voucherNo,
    summary: '购买水泥',
    category: 'expense',
    item: '办公费',
    direction: 'expense',
    amountFen: 50_000,
    counterparty: '',
    handler: '吴春燕',
  })

  it('the quarter imported as 10月记-1, then 记-1 typed by hand for October: refused, naming the line', async () => {
    expect((await h.call('clerk', 'import.commit', quarter([...OCT, ...NOV]))).imported).toBe(4)
    const said =
      '凭证号“记-1”在这一期已经用过（10月8日 收到鱼塘承包费，凭证号“10月记-1”），请核对后换一个'
    for (const no of ['记-1', '记－１', '记1', '记字第1号']) {
      const err = await h.refused('clerk', 'ledger.saveEntry', typed(no, '2026-10-20'), 'CONFLICT')
      expect(err.fields?.voucherNo, no).toBe(said.replace('“记-1”', `“${no}”`))
      expect(err.message, no).toBe(err.fields?.voucherNo)
    }
    await h.refused('clerk', 'ledger.saveEntry', typed('11月记-2', '2026-11-20'), 'CONFLICT')
    // November's 记-2 typed for November, as the quarter's other lines are not: the same voucher.
    await h.refused('clerk', 'ledger.saveEntry', typed('记-2', '2026-11-20'), 'CONFLICT', /11月9日/)
    // December numbers from 记-1 again: no line of December has it yet.
    h.setNow('2026-12-05T01:30:00.000Z')
    await h.call('clerk', 'ledger.saveEntry', typed('记-1', '2026-12-02'))
    expect(await october()).toEqual(['10月记-1 1200000', '10月记-2 35650'])
  })

  it('the quarter imported as 10月记-1, then 记-3 typed by hand for November: saved as 11月记-3', async () => {
    expect((await h.call('clerk', 'import.commit', quarter([...OCT, ...NOV]))).imported).toBe(4)
    // The quarter's other lines carry their month: the typed line is written so too, as the
    // import writes a month imported later, and the saved line shows it.
    const saved = await h.call('clerk', 'ledger.saveEntry', typed('记-3', '2026-11-20'))
    expect(saved.voucherNo).toBe('11月记-3')
    expect(h.store.get('ledger', saved.id)?.voucherNo).toBe('11月记-3')
    // Typed again either way: refused in the words typed, naming the line as it is listed.
    const said = (no: string) =>
      `凭证号“${no}”在这一期已经用过（11月20日 购买水泥${no === '11月记-3' ? '' : '，凭证号“11月记-3”'}），请核对后换一个`
    for (const no of ['记-3', '11月记-3', '记3']) {
      const err = await h.refused('clerk', 'ledger.saveEntry', typed(no, '2026-11-21'), 'CONFLICT')
      expect(err.fields?.voucherNo, no).toBe(said(no))
    }
    // The screen's own suggestion says its period already: kept as typed.
    const own = await h.call('clerk', 'ledger.saveEntry', typed('记-2026-Q4-005', '2026-11-20'))
    expect(own.voucherNo).toBe('记-2026-Q4-005')
    // Edited keeping its number, it stays 11月记-3.
    const edited = await h.call('clerk', 'ledger.saveEntry', {
      ...typed('11月记-3', '2026-11-20'),
      amountFen: 60_000,
      id: saved.id,
    })
    expect(edited.voucherNo).toBe('11月记-3')
    // December's 记-1 typed by hand is 12月记-1, the number the December file then has.
    h.setNow('2026-12-05T01:30:00.000Z')
    const dec = await h.call('clerk', 'ledger.saveEntry', typed('记-1', '2026-12-02'))
    expect(dec.voucherNo).toBe('12月记-1')
    const p = await h.call('clerk', 'import.preview', quarter([DEC[0]!]))
    expect(p.rows.map((r) => r.errors)).toEqual([['12月的凭证号“记-1”在这一期已经有账目用过']])
  })

  it('a quarter not written by month: 记-3 typed for November is kept as typed', async () => {
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    const saved = await h.call('clerk', 'ledger.saveEntry', typed('记-3', '2026-11-20'))
    expect(h.store.get('ledger', saved.id)?.voucherNo).toBe('记-3')
  })

  it('October alone, then November alone: October edited keeps 记-1; 记-1 typed for December is 12月记-1', async () => {
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    expect((await h.call('clerk', 'import.commit', quarter(NOV))).imported).toBe(2)
    const drafts = (await h.call('clerk', 'ledger.drafts', { period: '2026-Q4' })).entries
    const first = drafts.find((e) => e.voucherNo === '记-1')!
    const edited = await h.call('clerk', 'ledger.saveEntry', {
      ...typed('记-1', first.date),
      id: first.id,
    })
    expect(edited.voucherNo).toBe('记-1')
    // Imported alone, December's 记-1 would come in as 12月记-1: typed by hand, the same.
    h.setNow('2026-12-05T01:30:00.000Z')
    const dec = await h.call('clerk', 'ledger.saveEntry', typed('记-1', '2026-12-02'))
    expect(dec.voucherNo).toBe('12月记-1')
  })

  it('October imported as 记-1, then 10月记-1 typed by hand for October: refused, naming the line', async () => {
    expect((await h.call('clerk', 'import.commit', quarter(OCT))).imported).toBe(2)
    const err = await h.refused(
      'clerk',
      'ledger.saveEntry',
      typed('10月记-1', '2026-10-20'),
      'CONFLICT',
    )
    expect(err.fields?.voucherNo).toBe(
      '凭证号“10月记-1”在这一期已经用过（10月8日 收到鱼塘承包费，凭证号“记-1”），请核对后换一个',
    )
    // 11月记-1 is November's own voucher, not October's 记-1.
    await h.call('clerk', 'ledger.saveEntry', typed('11月记-1', '2026-11-03'))
    expect(await october()).toEqual(['记-1 1200000', '记-2 35650'])
  })

  it('a line typed by hand as 10月记-3, then the October file: its 记-3 is that voucher', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-Q4' })
    await h.call('clerk', 'ledger.saveEntry', typed('10月记-3', '2026-10-20'))
    const p = await h.call(
      'clerk',
      'import.preview',
      quarter([...OCT, ['2026-10-20', '记3', '购买水泥', '办公费', '', '500', '吴春燕']]),
    )
    expect(p.rows.map((r) => r.errors)).toEqual([
      [],
      [],
      ['10月的凭证号“记3”在这一期已经有账目用过'],
    ])
  })

  it('the quarter so far, then October alone: 记-1 of October is 10月记-1 already imported', async () => {
    expect((await h.call('clerk', 'import.commit', quarter([...OCT, ...NOV]))).imported).toBe(4)
    const p = await h.call('clerk', 'import.preview', quarter(OCT))
    expect(p.rows.map((r) => r.errors)).toEqual([
      ['10月的凭证号“记-1”在这一期已经有账目用过'],
      ['10月的凭证号“记-2”在这一期已经有账目用过'],
    ])
    expect(await october()).toEqual(['10月记-1 1200000', '10月记-2 35650'])
  })
})
