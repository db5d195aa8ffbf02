/** The ledger as CSV for the township: UTF-8 with a BOM so Excel shows the Chinese right. */
import { COLUMNS, yuanText, type ExportRow } from './rows'

/** Cells Excel would run as a formula get a leading apostrophe (CSV injection). */
function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV bytes: BOM, header, one line per row, CRLF as Excel writes it. */
export function ledgerCsv(rows: readonly ExportRow[]): Buffer {
  const lines = [COLUMNS.join(',')]
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
