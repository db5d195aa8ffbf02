/**
 * The import's own personal-number check: the file arrives as bytes, so the API's check of
 * every input text cannot see its rows; each line is checked here, by the same detector,
 * before any draft is written.
 */
import type { ImportRow } from '../../../../../contract/schemas/data-import'
import { refusePersonalNumbers, type TextField } from '../../records/personal-numbers'

const COLUMNS = [
  ['voucherNo', '凭证号'],
  ['summary', '摘要'],
  ['item', '科目'],
  ['counterparty', '往来单位或个人'],
  ['handler', '经手人'],
  ['subject', '科目'],
] as const

/** Refuses the whole import, naming each row (as numbered in the file) and column at fault. */
export function refuseRowNumbers(rows: readonly ImportRow[]): void {
  const fields: TextField[] = []
  for (const r of rows) {
    if (!r.entry) continue
    for (const [key, label] of COLUMNS)
      fields.push({
        path: `rows.${r.line}.${key}`,
        label: `第${r.line}行的${label}`,
        value: r.entry[key] ?? '',
      })
  }
  refusePersonalNumbers(fields)
}
