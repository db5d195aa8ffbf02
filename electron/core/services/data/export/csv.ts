/** The ledger as CSV for the township: UTF-8 with a BOM so Excel shows the Chinese right. */
import { COLUMNS, yuanText, type ExportRow } from './rows'
import { stampLine, type ExportStamp } from './stamp'

/** Cells Excel would run as a formula get a leading apostrophe (CSV injection). */
function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV bytes: BOM, the 核验码 line the .xlsx has above its table (the same words), an empty row,
 * the header, one line per row, CRLF as Excel writes it. The empty row ends the line's region:
 * Excel and WPS take the table from the header down when a clerk filters or sorts, and the
 * kiosk's own import finds the header below it as it does in the .xlsx.
 */
export function ledgerCsv(rows: readonly ExportRow[], meta: ExportStamp): Buffer {
  const lines = [quote(stampLine(meta)), '', COLUMNS.join(',')]
  for (const r of rows) {
    const cells = [
      r.periodLabel,
      r.date,
      safe(r.voucherNo),
      safe(r.summary),
      r.categoryName,
      r.item,
      r.incomeFen ? yuanText(r.incomeFen) : '',
      r.expenseFen ? yuanText(r.expenseFen) : '',
      safe(r.counterparty),
      safe(r.handler),
      r.publishedAt,
      safe(r.note),
    ]
    lines.push(cells.map(quote).join(','))
  }
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
  ])
}
