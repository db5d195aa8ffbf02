/**
 * A published line voided (corrected to 0元, the same payment entered twice): the kiosk's sheet
 * says 作废 原¥300.00. The CSV, the .xlsx and the township file say it too, in 备注, so a clerk
 * can tell it from any other line and see what it was; its amount cells stay empty in all three,
 * so the files' sums are the sheet's.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { publishedMonth, type Harness } from '../ledger-admin/harness'
import { dataHarness } from './harness'

const P = { period: '2026-10' }
const VOID = '作废（原为支出¥300.00，不计入收支）'
let h: Harness
let voidedId: string

beforeEach(async () => {
  h = await dataHarness()
  const ids = await publishedMonth(h, 3) // income 100元, expenses 200元 and 300元
  h.setNow('2026-11-26T02:00:00.000Z')
  const dup = h.store.get('ledger', ids[2]!)!
  const c = await h.call('clerk', 'ledger.correct', { ...dup, amountFen: 0, reason: '重复录入' })
  await h.call('sup', 'ledger.publishCorrection', { id: c.id })
  voidedId = c.id
})

const bytesOf = (f: { bytesBase64: string }) => Buffer.from(f.bytesBase64, 'base64')

async function csvRow(): Promise<string[]> {
  const f = await h.call('clerk', 'export.ledgerCsv', P)
  const lines = bytesOf(f).subarray(3).toString('utf8').trimEnd().split('\r\n')
  return lines.find((l) => l.includes('记-2026-10-003'))!.split(',')
}

async function sheetOf(method: 'export.ledgerXlsx' | 'export.townshipXlsx') {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytesOf(await h.call('clerk', method, P)) as never)
  return wb.worksheets[0]!
}

describe('a voided line in the exports', () => {
  it('CSV: 作废 and the amount it had in 备注, no amount of its own', async () => {
    const cells = await csvRow()
    expect(cells.slice(6, 8)).toEqual(['', ''])
    expect(cells[11]).toBe(`${VOID}；更正：重复录入`)
  })

  it('.xlsx: the same 备注, empty amount cells, and the 合计 the sheet has', async () => {
    const ws = await sheetOf('export.ledgerXlsx')
    const sheet = await h.call('public', 'ledger.sheet', P)
    const row = ws.getRow(6)
    expect(row.getCell(3).value).toBe('记-2026-10-003')
    expect([row.getCell(7).value, row.getCell(8).value]).toEqual([null, null])
    expect(row.getCell(12).value).toBe(`${VOID}；更正：重复录入`)
    const total = ws.getRow(7)
    expect(total.getCell(1).value).toBe('合计')
    expect(total.getCell(7).value).toMatchObject({ result: sheet.incomeFen / 100 })
    expect(total.getCell(8).value).toMatchObject({ result: sheet.expenseFen / 100 })
    expect(sheet.expenseFen).toBe(20_000)
  })

  it('the township file: 作废 in 备注, empty amount cells as in the CSV, the 合计 unchanged', async () => {
    const ws = await sheetOf('export.townshipXlsx')
    const row = ws.getRow(6)
    expect(row.getCell(2).value).toBe('记-2026-10-003')
    // Not 0.00 on its 借方 side: the CSV leaves both amounts empty for a voided line.
    expect([row.getCell(5).value, row.getCell(6).value]).toEqual([null, null])
    expect(row.getCell(8).value).toBe(`${VOID}；更正：重复录入`)
    const total = ws.getRow(7)
    expect(total.getCell(1).value).toBe('合计')
    expect([total.getCell(5).value, total.getCell(6).value]).toEqual([200, 100])
  })

  it('corrected again for its summary, still 0元: the files still say what it was', async () => {
    const voided = h.store.get('ledger', voidedId)!
    const again = await h.call('clerk', 'ledger.correct', {
      ...voided,
      summary: '重复录入的材料款（作废）',
      reason: '摘要写明作废',
    })
    await h.call('sup', 'ledger.publishCorrection', { id: again.id })
    const cells = await csvRow()
    expect(cells[11]).toBe(`${VOID}；更正：摘要写明作废；原为：摘要 购买办公用品`)
    expect(cells.join(',')).not.toContain('0.00元')
  })
})
