/**
 * Our own export read back: a line voided to 0元 (作废（原为支出¥300.00，不计入收支） in 备注, no
 * amount) is skipped and counted, so a clerk moving a year's book to a new kiosk, or reading the
 * township's copy, imports the rest with the sheet's totals. A row that only looks voided (an
 * amount beside 作废, or no amount without our words) is still refused: nothing is dropped unseen.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Input } from '../../../../../../contract'
import { publishedMonth, type Harness } from '../ledger-admin/harness'
import { dataHarness } from './harness'

const P = { period: '2026-10' }
const VOID = '作废（原为支出¥300.00，不计入收支）；更正：重复录入'
const SKIP = '作废的账目（金额为 0，原为支出¥300.00），不导入'
let h: Harness

beforeEach(async () => {
  h = await dataHarness()
  const ids = await publishedMonth(h, 3) // income 100元, expenses 200元 and 300元
  h.setNow('2026-11-26T02:00:00.000Z')
  const dup = h.store.get('ledger', ids[2]!)!
  const c = await h.call('clerk', 'ledger.correct', { ...dup, amountFen: 0, reason: '重复录入' })
  await h.call('sup', 'ledger.publishCorrection', { id: c.id })
})

type ExportMethod = 'export.ledgerCsv' | 'export.ledgerXlsx' | 'export.townshipXlsx'

/** The exported file as the import takes it. */
async function exported(method: ExportMethod): Promise<Input<'import.commit'>> {
  const f = await h.call('clerk', method, P)
  return { fileName: f.fileName, bytesBase64: f.bytesBase64 }
}

/** A fresh village (a new kiosk) on the same day. */
async function freshVillage(): Promise<Harness> {
  const g = await dataHarness()
  g.setNow('2026-11-26T02:00:00.000Z')
  return g
}

/** The exported CSV with the voided line's cells changed as a hand would in Excel. */
async function editedCsv(edit: (cells: string[]) => void): Promise<Input<'import.commit'>> {
  const f = await exported('export.ledgerCsv')
  const bytes = Buffer.from(f.bytesBase64, 'base64')
  const lines = bytes.subarray(3).toString('utf8').split('\r\n')
  const i = lines.findIndex((l) => l.includes('记-2026-10-003'))
  const cells = lines[i]!.split(',')
  edit(cells)
  lines[i] = cells.join(',')
  const text = Buffer.concat([bytes.subarray(0, 3), Buffer.from(lines.join('\r\n'), 'utf8')])
  return { ...f, bytesBase64: text.toString('base64') }
}

describe('a voided line read back from our own export', () => {
  for (const method of ['export.ledgerCsv', 'export.ledgerXlsx', 'export.townshipXlsx'] as const) {
    it(`${method}: skipped and counted; the rest imported with the sheet's totals`, async () => {
      const file = await exported(method)
      const g = await freshVillage()
      const p = await g.call('clerk', 'import.preview', file)
      expect(p.counts).toMatchObject({ entries: 2, withErrors: 0, voided: 1 })
      const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
      expect(row).toMatchObject({ kind: 'skipped', skipReason: SKIP, errors: [] })
      expect(p.canCommit).toBe(true)

      const r = await g.call('clerk', 'import.commit', file)
      expect(r).toMatchObject({ imported: 2, voided: 1 })
      const sheet = await h.call('public', 'ledger.sheet', P)
      const drafts = await g.call('clerk', 'ledger.drafts', P)
      expect(drafts.entries.map((e) => e.voucherNo)).toEqual(['记-2026-10-001', '记-2026-10-002'])
      expect([drafts.incomeFen, drafts.expenseFen]).toEqual([sheet.incomeFen, sheet.expenseFen])
      expect([r.incomeFen, r.expenseFen]).toEqual([10_000, 20_000])
    })
  }

  it('a reason naming the 监委 is still a voided line, not a 签字行', async () => {
    const file = await editedCsv((c) => {
      c[11] = '作废（原为支出¥300.00，不计入收支）；更正：经监委核实，重复录入'
    })
    const p = await (await freshVillage()).call('clerk', 'import.preview', file)
    const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
    expect(row?.skipReason).toBe(SKIP)
    expect(p.counts.voided).toBe(1)
  })

  it('the words are those in 备注, not in another column', async () => {
    const file = await editedCsv((c) => {
      c[3] = VOID
      c[11] = ''
    })
    const p = await (await freshVillage()).call('clerk', 'import.preview', file)
    const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
    expect(row?.errors).toEqual(['收入和支出都没有金额'])
    expect(p.canCommit).toBe(false)
  })
})

describe('a row that only looks voided is not dropped', () => {
  it('no amount and a 备注 that does not say 作废: refused as before', async () => {
    const file = await editedCsv((c) => {
      c[11] = '更正：重复录入'
    })
    const g = await freshVillage()
    const p = await g.call('clerk', 'import.preview', file)
    const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
    expect(row?.errors).toEqual(['收入和支出都没有金额'])
    expect(p.counts).not.toHaveProperty('voided')
    await g.refused('clerk', 'import.commit', file, 'BAD_INPUT', /^第 6 行：收入和支出都没有金额/)
  })

  it('no amount and only the word 作废, not our words: refused as before', async () => {
    const file = await editedCsv((c) => {
      c[11] = '作废'
    })
    const p = await (await freshVillage()).call('clerk', 'import.preview', file)
    const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
    expect(row?.errors).toEqual(['收入和支出都没有金额'])
  })

  for (const note of [VOID, '作废']) {
    it(`an amount beside 备注 “${note}”: refused, naming the row, and nothing imported`, async () => {
      const file = await editedCsv((c) => {
        c[7] = '300.00'
        c[11] = note
      })
      const g = await freshVillage()
      const p = await g.call('clerk', 'import.preview', file)
      const row = p.rows.find((r) => r.values.includes('记-2026-10-003'))
      expect(row?.kind).toBe('entry')
      expect(row?.errors).toEqual([
        '备注写着“作废”，这一行却有金额 ¥300.00。作废的账目金额为 0：确已作废，请删去这一行；没有作废，请删去备注里的“作废”，再导入',
      ])
      expect(p.canCommit).toBe(false)
      await g.refused('clerk', 'import.commit', file, 'BAD_INPUT', /^第 6 行：备注写着“作废”/)
      expect(g.store.all('ledger')).toEqual([])
    })
  }

  it('.xlsx: an amount typed into the voided row is refused too', async () => {
    const f = await exported('export.ledgerXlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(f.bytesBase64, 'base64') as never)
    wb.worksheets[0]!.getRow(6).getCell(8).value = 300
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    const g = await freshVillage()
    const file = { ...f, bytesBase64: bytes.toString('base64') }
    await g.refused('clerk', 'import.commit', file, 'BAD_INPUT', /^第 6 行：备注写着“作废”/)
  })
})
