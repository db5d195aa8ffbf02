/** Spreadsheets built by the tests themselves: .xlsx via exceljs, CSV as UTF-8, UTF-16 or GBK bytes. */
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { ImportFileInput } from '../../../../../../../contract/schemas/data-import'
import type {
  ParsedFile,
  PreviewContext,
} from '../../../../../../../electron/core/services/data/import/preview'
import {
  buildPreview,
  parseFile,
} from '../../../../../../../electron/core/services/data/import/preview'

/** Writes a workbook; `build` fills the worksheets. */
export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** Rows as CSV text, quoting cells that need it. */
export function csvText(rows: string[][], eol = '\r\n'): string {
  const q = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  return rows.map((r) => r.map(q).join(',')).join(eol) + eol
}

export const utf8 = (text: string, bom = false) =>
  new Uint8Array(
    Buffer.concat([
      bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
      Buffer.from(text, 'utf8'),
    ]),
  )
/** GBK as Chinese Excel saves CSV by default (iconv-lite encodes; Node can only decode it). */
export const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'))
export const utf16 = (text: string) =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))

export const TODAY = '2026-05-10'

/** Input as the renderer sends it. */
export function input(bytes: Uint8Array, more: Partial<ImportFileInput> = {}): ImportFileInput {
  return {
    fileName: 'ledger.csv',
    bytesBase64: Buffer.from(bytes).toString('base64'),
    period: '2026-Q1',
    ...more,
  }
}

/**
 * A preview context over no store: every period open for lines (none new), `existing` voucher
 * numbers used in every period, answers the village gave in `learned`.
 */
export function previewContext(
  today: string,
  existing: string[] = [],
  more: Partial<PreviewContext> = {},
): PreviewContext {
  return {
    today,
    periodMode: 'quarter',
    gate: () => ({ ok: true, isNew: false }),
    usedVouchers: () => new Set(existing),
    storedByMonth: () => false,
    learned: new Map(),
    ...more,
  }
}

/** Parse and preview in one step, as the handler does. */
export async function preview(
  bytes: Uint8Array,
  more: Partial<ImportFileInput> = {},
  existing: string[] = [],
) {
  const file: ParsedFile = await parseFile(bytes)
  return buildPreview(file, input(bytes, more), previewContext(TODAY, existing))
}

/** The standard income/expense book used by several tests. */
export const STANDARD_ROWS = [
  ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'],
  ['2026-01-05', '记-1', '收到鱼塘承包费', '发包及上交收入', '12,000.00', '', '吴春燕'],
  ['2026/2/3', '记-2', '购买办公用品', '办公费', '', '￥356.5', '李国强'],
  ['2026年3月5日', '记-3', '道路维修材料', '公益事业支出', '', '1234.5元', '李国强'],
  ['', '', '', '', '', '', ''],
  ['', '', '本季度合计', '', '12000', '1591', ''],
]
