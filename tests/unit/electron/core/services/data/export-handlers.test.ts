import { beforeEach, describe, expect, it } from 'vitest'
import { DriveFileName } from '../../../../../../contract'
import { checkpointLabel } from '../../../../../../contract/checkpoint'
import ExcelJS from 'exceljs'
import { publishedMonth, type Harness } from '../ledger-admin/harness'
import {
  buildPreview,
  parseFile,
} from '../../../../../../electron/core/services/data/import/preview'
import { dataHarness } from './harness'
import { previewContext } from './import/files'

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
  await publishedMonth(h, 3, '2026-09')
  await publishedMonth(h, 2, '2026-10')
})

const bytesOf = (f: { bytesBase64: string }) => Buffer.from(f.bytesBase64, 'base64')

describe('export.ledgerCsv', () => {
  it('a UTF-8 CSV with BOM of the published lines, amounts in 元 with two decimals', async () => {
    const f = await h.call('sup', 'export.ledgerCsv', { period: '2026-10' })
    expect(f.fileName).toBe('本村-2026年10月-账目.csv')
    expect(f.rows).toBe(2)
    const bytes = bytesOf(f)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n')
    expect(lines).toEqual([
      // The .xlsx's line above the table, word for word; an empty row keeps it off the table.
      `导出时间 2026-11-25，核验码 ${checkpointLabel(h.store.head())}`,
      '',
      '账期,日期,凭证号,摘要,类别,明细科目,收入（元）,支出（元）,往来单位或个人,经手人,公开日期,备注',
      '2026年10月,2026-10-02,记-2026-10-001,上级补助,各项收入,补助收入,100.00,,东台市文具店,吴春燕,2026-11-25,',
      '2026年10月,2026-10-03,记-2026-10-002,购买办公用品,各项支出,办公费,,200.00,东台市文具店,吴春燕,2026-11-25,',
    ])
  })

  it('carries the same 核验码 line as the .xlsx of the same scope', async () => {
    const csv = bytesOf(await h.call('clerk', 'export.ledgerCsv', { year: 2026 }))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytesOf(await h.call('clerk', 'export.ledgerXlsx', { year: 2026 })) as never)
    const first = csv.subarray(3).toString('utf8').split('\r\n')[0]
    expect(first).toBe(String(wb.worksheets[0]!.getCell('A2').value))
    expect(first).toContain(`核验码 ${checkpointLabel(h.store.head())}`)
  })

  it("dates the export by the village's day: 01:00 in the village is already the next day", async () => {
    h.setNow('2026-11-25T17:00:00.000Z')
    const csv = bytesOf(await h.call('clerk', 'export.ledgerCsv', { year: 2026 }))
    expect(csv.subarray(3).toString('utf8')).toMatch(/^导出时间 2026-11-26，/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(
      bytesOf(await h.call('clerk', 'export.townshipXlsx', { year: 2026 })) as never,
    )
    expect(String(wb.worksheets[0]!.getCell('A2').value)).toMatch(/^导出时间 2026-11-26，/)
  })

  it("gives each line's 公开日期 as the village's day: a sheet signed at 01:00 there is of that day", async () => {
    h.setNow('2026-12-01T17:00:00.000Z') // 2026年12月2日 01:00 in the village
    await publishedMonth(h, 1, '2026-11')
    const csv = bytesOf(await h.call('clerk', 'export.ledgerCsv', { period: '2026-11' }))
    const line = csv.subarray(3).toString('utf8').trimEnd().split('\r\n').at(-1)!
    expect(line.split(',')[10]).toBe('2026-12-02')
  })

  it('a whole year, period by period; our importer reads it back line for line', async () => {
    const f = await h.call('clerk', 'export.ledgerCsv', { year: 2026 })
    expect(f.rows).toBe(5)
    const p = await buildPreview(
      await parseFile(bytesOf(f)),
      {
        fileName: f.fileName,
        bytesBase64: '',
        period: '2026-09',
      },
      previewContext('2026-11-25'),
    )
    // The header under the 核验码 line and the empty row, found as in the .xlsx.
    expect(p.headerRow).toBe(3)
    const september = p.rows.filter((r) => r.entry).map((r) => r.entry!.voucherNo)
    expect(september).toEqual(['记-2026-09-001', '记-2026-09-002', '记-2026-09-003'])
    expect(p.rows.filter((r) => r.errors.length).map((r) => r.errors[0])).toEqual([
      '日期 2026-10-02 不在2026年9月内',
      '日期 2026-10-03 不在2026年9月内',
    ])
  })

  it('keeps a summary from running as an Excel formula', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-11' })
    const entry = {
      period: '2026-11',
      date: '2026-11-02',
      voucherNo: '记-1',
      summary: '=HYPERLINK("x")',
      category: 'expense' as const,
      item: '办公费',
      direction: 'expense' as const,
      amountFen: 100,
    }
    await h.call('clerk', 'ledger.saveEntry', entry)
    h.setNow('2026-12-01T02:00:00.000Z') // a month is signed once it has ended
    await h.call('clerk', 'ledger.submit', { period: '2026-11' })
    await h.call('sup', 'ledger.publish', { period: '2026-11' })
    const text = bytesOf(await h.call('clerk', 'export.ledgerCsv', { period: '2026-11' })).toString(
      'utf8',
    )
    expect(text).toContain(`,"'=HYPERLINK(""x"")",`)
  })

  it('nothing published in scope: a plain refusal', async () => {
    await h.refused(
      'clerk',
      'export.ledgerCsv',
      { year: 2025 },
      'NOT_FOUND',
      '2025年还没有经监委签字公开的账目',
    )
    await h.refused('public', 'export.ledgerCsv', { year: 2026 }, 'UNAUTHENTICATED')
  })
})

describe('export.ledgerXlsx', () => {
  it('title, checkpoint, numeric amounts and a 合计 row', async () => {
    const f = await h.call('admin', 'export.ledgerXlsx', { year: 2026 })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytesOf(f) as never)
    const ws = wb.worksheets[0]!
    expect(ws.getCell('A1').value).toBe('本村 2026年村级账目（已公开）')
    const head = h.store.head()
    expect(head.hash).toMatch(/^[0-9a-f]{16}$/)
    expect(String(ws.getCell('A2').value)).toBe(
      `导出时间 2026-11-25，核验码 ${checkpointLabel(head)}`,
    )
    expect(ws.getRow(3).getCell(7).value).toBe('收入（元）')
    expect(ws.getRow(4).getCell(3).value).toBe('记-2026-09-001')
    expect(ws.getRow(4).getCell(7).value).toBe(100)
    expect(ws.getRow(5).getCell(8).value).toBe(200)
    const total = ws.getRow(9)
    expect(total.getCell(1).value).toBe('合计')
    expect(total.getCell(7).value).toMatchObject({ formula: 'SUM(G4:G8)', result: 200 })
    expect(total.getCell(8).value).toMatchObject({ formula: 'SUM(H4:H8)', result: 700 })
  })
})

describe('export.sheetPdf', () => {
  it('needs the desktop host: the bridge says so plainly', async () => {
    await h.refused('clerk', 'export.sheetPdf', { period: '2026-10' }, 'CONFLICT', '桌面程序')
  })

  it('asks the host to print a published sheet, with its title', async () => {
    const asked: unknown[] = []
    const host = await dataHarness({
      printSheetPdf: async (req) => {
        asked.push(req)
        return new Uint8Array([0x25, 0x50, 0x44, 0x46])
      },
    })
    await publishedMonth(host, 1, '2026-10')
    const f = await host.call('clerk', 'export.sheetPdf', { period: '2026-10', paper: 'A3' })
    expect(asked).toEqual([{ period: '2026-10', paper: 'A3', title: '本村 2026年10月财务公开表' }])
    expect(f).toMatchObject({
      fileName: '本村-2026年10月-公开表-A3.pdf',
      mime: 'application/pdf',
      bytesBase64: 'JVBERg==',
    })
    await host.refused(
      'clerk',
      'export.sheetPdf',
      { period: '2026-08' },
      'NOT_FOUND',
      '还没有经监委签字公开',
    )
  })
})

describe('export.sheetPdf when the printer fails', () => {
  it('says so plainly and changes nothing', async () => {
    const host = await dataHarness({
      printSheetPdf: () => Promise.reject(new Error('print: 公开表载入超时')),
    })
    await publishedMonth(host, 1, '2026-10')
    await host.refused(
      'clerk',
      'export.sheetPdf',
      { period: '2026-10' },
      'INTERNAL',
      /生成 PDF 没有成功/,
    )
  })
})

describe('the 已公开 exports show what the kiosk shows', () => {
  // A line kept from before the save check knew this grouping (an old backup restored): the
  // kiosk masks it on screen, and a file for the township or for paper must not print it whole.
  beforeEach(async () => {
    const [line] = h.store.all('ledger').filter((e) => e.period === '2026-10')
    await h.store.commit({
      actor: null,
      action: 'test.old-data',
      entity: 'ledger',
      id: line!.id,
      puts: [
        {
          coll: 'ledger',
          id: line!.id,
          value: {
            ...line!,
            counterparty: '张三 138\u2060\u2060\u2060\u20601234\u2060\u2060\u2060\u20605678',
            summary: '低保 卡号 6222    0212    3456    7890',
          },
        },
      ],
    })
  })

  it('CSV: the phone and the card masked as on the public screen', async () => {
    const text = bytesOf(await h.call('clerk', 'export.ledgerCsv', { period: '2026-10' })).toString(
      'utf8',
    )
    expect(text).toContain('低保 卡号 **** **** **** 7890')
    expect(text).toContain('张三 138****5678')
    expect(text.replace(/[^\d]/g, ' ')).not.toMatch(/1234|0212/)
  })

  it('a correction that took the numbers out: its 原为 note masks them too', async () => {
    h.setNow('2026-11-26T02:00:00.000Z')
    const old = h.store.all('ledger').find((e) => e.summary.startsWith('低保'))!
    const c = await h.call('clerk', 'ledger.correct', {
      ...old,
      summary: '低保',
      counterparty: '张三',
      reason: '去掉卡号和电话',
    })
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
    const text = bytesOf(await h.call('clerk', 'export.ledgerCsv', { period: '2026-10' })).toString(
      'utf8',
    )
    expect(text).toContain(
      '更正：去掉卡号和电话；原为：摘要 低保 卡号 **** **** **** 7890，往来单位或个人 张三 138****5678',
    )
    expect(text.replace(/[^\d]/g, ' ')).not.toMatch(/1234|0212/)
  })

  it('.xlsx and the township format: masked too', async () => {
    for (const method of ['export.ledgerXlsx', 'export.townshipXlsx'] as const) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytesOf(await h.call('clerk', method, { period: '2026-10' })) as never)
      const cells: string[] = []
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value)))))
      const all = cells.join('\n')
      expect(all, method).toContain('**** **** **** 7890')
      expect(all.replace(/[^\d]/g, ''), method).not.toContain('62220212')
      expect(all.replace(/[^\d]/g, ''), method).not.toContain('13812345678')
    }
  })
})

describe('a corrected line: the files say what it said before, as the screen does', () => {
  beforeEach(async () => {
    h.setNow('2026-11-26T02:00:00.000Z')
    const line = h.store.all('ledger').find((e) => e.voucherNo === '记-2026-10-002')!
    const c = await h.call('clerk', 'ledger.correct', {
      ...line,
      amountFen: 18_000,
      handler: '陈立平',
      reason: '发票金额录错',
    })
    await h.call('sup', 'ledger.publishCorrection', { id: c.id })
  })

  it('CSV: the reason and the earlier amount and handler, only what changed', async () => {
    const text = bytesOf(await h.call('clerk', 'export.ledgerCsv', { period: '2026-10' })).toString(
      'utf8',
    )
    const line = text.split('\r\n').find((l) => l.includes('记-2026-10-002'))
    expect(line).toBe(
      '2026年10月,2026-10-03,记-2026-10-002,购买办公用品,各项支出,办公费,,180.00,东台市文具店,' +
        '陈立平,2026-11-26,更正：发票金额录错；原为：金额 200.00元，经手人 吴春燕',
    )
  })

  it('.xlsx and the township format carry the same note', async () => {
    for (const method of ['export.ledgerXlsx', 'export.townshipXlsx'] as const) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytesOf(await h.call('clerk', method, { period: '2026-10' })) as never)
      const cells: string[] = []
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value)))))
      expect(cells, method).toContain('更正：发票金额录错；原为：金额 200.00元，经手人 吴春燕')
    }
  })
})

describe('file names from the village name', () => {
  it('a name with / or : still gives a file name a USB stick takes', async () => {
    const profile = h.store.get('village', 'profile') ?? {}
    await h.store.commit({
      actor: null,
      action: 'test.rename',
      entity: 'village',
      id: 'profile',
      puts: [{ coll: 'village', id: 'profile', value: { ...profile, name: '新华/新联:村' } }],
    })
    const f = await h.call('sup', 'export.ledgerCsv', { period: '2026-10' })
    expect(f.fileName).toBe('新华-新联-村-2026年10月-账目.csv')
    expect(DriveFileName.safeParse(f.fileName).success).toBe(true)
  })
})

describe("the village's name on an export: as the public screen shows it", () => {
  // A name kept from before any check (an old backup restored): village.get masks it on the
  // kiosk, so a file's name and title on a stick must not carry it whole either.
  beforeEach(async () => {
    await h.store.commit({
      actor: null,
      action: 'test.old-data',
      entity: 'village',
      id: 'profile',
      puts: [
        {
          coll: 'village',
          id: 'profile',
          value: {
            name: '联盟村13812345678',
            township: '沿河镇',
            county: '东台市',
            households: 0,
            population: 0,
            groups: 0,
            isDemo: false,
          },
        },
      ],
    })
  })

  it('file names and the .xlsx titles hold the phone masked', async () => {
    for (const method of [
      'export.ledgerCsv',
      'export.ledgerXlsx',
      'export.townshipXlsx',
    ] as const) {
      const f = await h.call('clerk', method, { period: '2026-10' })
      expect(f.fileName, method).toContain('联盟村138')
      expect(f.fileName.replace(/[^\d]/g, ''), method).not.toContain('12345678')
      if (method === 'export.ledgerCsv') continue
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytesOf(f) as never)
      const title = String(wb.worksheets[0]!.getCell('A1').value)
      expect(title, method).toContain('联盟村138****5678 2026年10月')
    }
  })
})
