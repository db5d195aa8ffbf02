/**
 * A township accounting export (tests/e2e/support/township-book.ts) into a monthly village:
 * title rows, 本月合计, footer and cash counterpart lines skipped with reasons; a quarter split
 * into three new monthly drafts in one journal entry; the unknown subject asked once and kept.
 */
import ExcelJS from 'exceljs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { checkpointLabel } from '../../../../../../contract/checkpoint'
import { ROWS, townshipBook } from '../../../../../e2e/support/township-book'
import type { Harness } from '../ledger-admin/harness'
import { dataHarness } from './harness'

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
})

const file = async (
  extra: Parameters<typeof townshipBook>[0] = [],
): Promise<Input<'import.commit'>> => ({
  fileName: '第三季度凭证明细.xlsx',
  bytesBase64: (await townshipBook(extra)).toString('base64'),
})
const answer = () =>
  h.call('clerk', 'subjects.save', { subject: '租赁收入', category: 'income', item: '经营收入' })

describe('footers and notes are not entries', () => {
  it('skips totals, signatures, the page line and the note with a reason, and no row has an error', async () => {
    const p = await h.call('clerk', 'import.preview', await file())
    expect(p.headerRow).toBe(ROWS.header)
    const skipped = Object.fromEntries(
      p.rows.filter((r) => r.kind === 'skipped').map((r) => [r.line, r.skipReason]),
    )
    expect(skipped).toMatchObject({
      [ROWS.julyTotal]: '本月合计行，不是一笔账',
      [ROWS.quarterTotal]: '本季合计行，不是一笔账',
      [ROWS.footer]: '签字行，不是一笔账',
      [ROWS.page]: '页码行，不是一笔账',
      [ROWS.note]: '说明文字，不是一笔账',
      [ROWS.firstLine + 1]: '现金/银行对方科目，不单列',
    })
    expect(p.rows.filter((r) => r.errors.length)).toEqual([])
    expect(p.problems).toEqual([])
  })

  it('a footer line with an amount beside it is read as an entry and can carry an error', async () => {
    const p = await h.call(
      'clerk',
      'import.preview',
      await file([['2026-09-30', '', '制表人：张出纳', '管理费用', 10, null]]),
    )
    const row = p.rows.find((r) => r.values[2] === '制表人：张出纳')
    expect(row?.kind).toBe('entry')
    expect(row?.errors).toEqual(['缺少凭证号'])
  })
})

describe('a quarter into a monthly village', () => {
  it('asks once about 租赁收入, and nothing is imported until the clerk answers', async () => {
    const p = await h.call('clerk', 'import.preview', await file())
    expect(p.questions).toEqual(['租赁收入'])
    expect(p.counts).toMatchObject({ entries: 6, withErrors: 0, waiting: 1 })
    expect(p.canCommit).toBe(false)
    await h.refused(
      'clerk',
      'import.commit',
      await file(),
      'BAD_INPUT',
      /还要说明“租赁收入”算作哪一类/,
    )
  })

  it('splits by month into three new drafts, income from 贷方 and expense from 借方', async () => {
    const saved = await answer()
    expect(saved.learned).toMatchObject([
      { subject: '租赁收入', category: 'income', item: '经营收入' },
    ])
    const p = await h.call('clerk', 'import.preview', await file())
    expect(p.canCommit).toBe(true)
    expect(p.periods).toEqual([
      {
        key: '2026-07',
        label: '2026年7月',
        isNew: true,
        entries: 2,
        incomeFen: 1_200_000,
        expenseFen: 35_650,
      },
      {
        key: '2026-08',
        label: '2026年8月',
        isNew: true,
        entries: 3,
        incomeFen: 3_000_000,
        expenseFen: 580_000,
      },
      {
        key: '2026-09',
        label: '2026年9月',
        isNew: true,
        entries: 2,
        incomeFen: 5_240_000,
        expenseFen: 0,
      },
    ])
    const seq = h.store.head().seq
    const r = await h.call('clerk', 'import.commit', await file())
    expect(r.opened).toEqual(['2026-07', '2026-08', '2026-09'])
    expect(r.seq).toBe(seq + 1)
    const august = await h.call('clerk', 'ledger.drafts', { period: '2026-08' })
    expect(august.entries.map((e) => [e.voucherNo, e.direction, e.item, e.amountFen])).toEqual([
      ['记-001', 'income', '经营收入', 3_000_000],
      ['记-002-1', 'expense', '公益事业支出', 500_000],
      ['记-002-2', 'expense', '干部报酬', 80_000],
    ])
    for (const m of ['2026-07', '2026-08', '2026-09']) {
      expect(h.store.get('sheets', m)).toMatchObject({ status: 'draft' })
    }
  })

  it('one month already under review: its rows are errors naming it, and nothing is imported', async () => {
    await answer()
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-08' })
    await h.call('clerk', 'ledger.saveEntry', {
      period: '2026-08',
      date: '2026-08-01',
      voucherNo: '记-900',
      summary: '手录的一笔',
      category: 'expense',
      item: '办公费',
      direction: 'expense',
      amountFen: 100,
      counterparty: '',
      handler: '',
      attachments: [],
    })
    await h.call('clerk', 'ledger.submit', { period: '2026-08' })
    const p = await h.call('clerk', 'import.preview', await file())
    expect(p.rows.find((r) => r.line === ROWS.firstLine + 5)?.errors).toEqual([
      '2026年8月：这一期已提交监委审核，监委退回后才能修改',
    ])
    const before = h.store.all('sheets').length
    await h.refused('clerk', 'import.commit', await file(), 'BAD_INPUT', /^第 9 行：2026年8月：/)
    expect(h.store.all('sheets')).toHaveLength(before)
  })

  it('an ID number in a row is an error on that row, and a reversal on the wrong side is explained', async () => {
    await answer()
    const p = await h.call(
      'clerk',
      'import.preview',
      // Each voucher with its cash side, as the township's software lists it.
      await file([
        ['2026-09-20', '记-003', '退110101199003071234押金', '其他支出', 100, null],
        ['2026-09-20', '记-003', '退押金', '库存现金', null, 100],
        ['2026-09-21', '记-004', '冲减多记的收入', '其他收入', 100, null],
        ['2026-09-21', '记-004', '付款', '库存现金', null, 100],
      ]),
    )
    const [id, reversal] = p.rows.filter((r) => r.errors.length)
    expect(id?.line).toBe(ROWS.septemberTotal)
    expect(id?.errors.join()).toMatch(/摘要里像是有身份证号/)
    expect(reversal?.errors).toEqual([
      '收入科目的金额记在借方（冲减收入），本系统不记负数，请在财务软件里核对后再导入',
    ])
    expect(p.canCommit).toBe(false)
  })
})

describe('a voucher printed with its date and 凭证号 on the first line only', () => {
  it('reads the following lines as the same voucher; after a 合计 row nothing is carried', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('凭证')
    ws.addRows([
      ['日期', '凭证号', '摘要', '会计科目', '借方金额', '贷方金额'],
      ['2026-08-20', '记-002', '修补三组村道', '公益支出—道路维修', 5000, null],
      ['', '', '修路误工补贴', '管理费用—误工补贴', 800, null],
      ['', '', '修补三组村道', '银行存款', null, 5800],
      ['', '', '本月合计', '', 5800, 5800],
      ['', '', '没有日期的一行', '管理费用', 10, null],
    ])
    const bytes = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    const p = await h.call('clerk', 'import.preview', { fileName: '八月.xlsx', bytesBase64: bytes })
    expect(p.rows.map((r) => [r.line, r.entry?.date, r.entry?.voucherNo, r.skipReason])).toEqual([
      [2, '2026-08-20', '记-002-1', undefined],
      [3, '2026-08-20', '记-002-2', undefined],
      [4, undefined, undefined, '现金/银行对方科目，不单列'],
      [5, undefined, undefined, '本月合计行，不是一笔账'],
      [
        6,
        undefined,
        undefined,
        '有金额，但没有日期和凭证号，不是一笔账；如果是一笔账，请在表格里补上日期和凭证号后再导入',
      ],
    ])
    // The preview shows the file as it is: the carried date is not written into the row.
    expect(p.rows[1]?.values.slice(0, 2)).toEqual(['', ''])
  })
})

describe('the mapping table', () => {
  it('lists the standard subjects and the answers, journaled; the clerk changes and forgets them', async () => {
    const seq = h.store.head().seq
    await answer()
    const t = await h.call('clerk', 'subjects.save', {
      subject: '租赁收入',
      category: 'resources',
      item: '土地发包',
    })
    expect(t.learned.map((s) => [s.subject, s.category, s.item, s.savedBy.name])).toEqual([
      ['租赁收入', 'resources', '土地发包', '吴春燕'],
    ])
    expect(t.standard.find((s) => s.name === '经营收入')).toMatchObject({
      code: '501',
      category: 'income',
    })
    const [first, second] = await h.store.history('subjects', '租赁收入')
    expect([first?.seq, second?.seq]).toEqual([seq + 1, seq + 2])
    await h.refused(
      'clerk',
      'subjects.save',
      { subject: '租赁收入', category: 'income', item: '办公费' },
      'BAD_INPUT',
    )
    await h.refused(
      'sup',
      'subjects.save',
      { subject: '租赁收入', category: 'income', item: '经营收入' },
      'FORBIDDEN',
    )
    expect((await h.call('clerk', 'subjects.remove', { subject: '租赁收入' })).learned).toEqual([])
    expect((await h.call('clerk', 'import.preview', await file())).questions).toEqual(['租赁收入'])
  })
})

describe('export back to the township', () => {
  it('the published month in the columns it came in: 会计科目 as written, income in 贷方, expense in 借方', async () => {
    await answer()
    await h.call('clerk', 'import.commit', await file())
    await h.call('clerk', 'ledger.submit', { period: '2026-08' })
    await h.call('sup', 'ledger.publish', { period: '2026-08' })
    const f = await h.call('sup', 'export.townshipXlsx', { period: '2026-08' })
    expect(f.fileName).toMatch(/2026年8月-乡镇格式\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(f.bytesBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    const text = (r: number) =>
      Array.from({ length: 8 }, (_, c) => String(ws.getRow(r).getCell(c + 1).value ?? ''))
    expect(ws.getCell('A1').isMerged).toBe(true)
    // The same 核验码 as the kiosk's footer, in groups of four.
    expect(String(ws.getCell('A2').value)).toContain(`核验码 ${checkpointLabel(h.store.head())}`)
    expect(h.store.head().hash).toHaveLength(16)
    expect(text(3)).toEqual([
      '日期',
      '凭证号',
      '摘要',
      '会计科目',
      '借方金额',
      '贷方金额',
      '经手人',
      '备注',
    ])
    expect([text(4), text(5), text(6)]).toEqual([
      ['2026-08-06', '记-001', '收到厂房租金', '经营收入—租赁收入', '', '30000', '李国强', ''],
      ['2026-08-20', '记-002-1', '修补三组村道', '公益支出—道路维修', '5000', '', '李国强', ''],
      ['2026-08-20', '记-002-2', '修路误工补贴', '管理费用—误工补贴', '800', '', '李国强', ''],
    ])
    expect(text(7).slice(0, 6)).toEqual(['合计', '', '共 3 笔', '', '5800', '30000'])
    await h.refused('sup', 'export.townshipXlsx', { period: '2026-07' }, 'NOT_FOUND')
  })

  it('its own export read back keeps every direction, though it has no cash lines to tell the sides', async () => {
    await answer()
    const withAssets = await file([
      ['2026-08-25', '记-003', '购买抽水机', '固定资产', 1200, null, '李国强'],
      ['2026-08-25', '记-003', '购买抽水机', '银行存款', null, 1200, '李国强'],
      ['2026-08-28', '记-004', '向信用社借款', '短期借款', null, 8000, '李国强'],
      ['2026-08-28', '记-004', '向信用社借款', '银行存款', 8000, null, '李国强'],
    ])
    await h.call('clerk', 'import.commit', withAssets)
    const drafts = await h.call('clerk', 'ledger.drafts', { period: '2026-08' })
    const directions = drafts.entries.map((e) => [e.summary, e.direction, e.amountFen])
    expect(directions).toContainEqual(['购买抽水机', 'expense', 120_000])
    expect(directions).toContainEqual(['向信用社借款', 'income', 800_000])
    await h.call('clerk', 'ledger.submit', { period: '2026-08' })
    await h.call('sup', 'ledger.publish', { period: '2026-08' })
    const f = await h.call('sup', 'export.townshipXlsx', { period: '2026-08' })

    const other = await dataHarness()
    const back = await other.call('clerk', 'import.preview', {
      fileName: f.fileName,
      bytesBase64: f.bytesBase64,
    })
    expect(back.rows.filter((r) => r.errors.length)).toEqual([])
    const read = back.rows
      .filter((r) => r.kind === 'entry')
      .map((r) => [r.entry?.summary, r.entry?.direction, r.entry?.amountFen])
    expect(read).toEqual(directions)
  })
})
