/**
 * What a corrected ledger line said before, in words, for paper and files: the printed 公开表
 * and the CSV/.xlsx exports show the reason and the earlier values, as the kiosk's screen does
 * (a printed sheet has no button to the earlier version). Only the fields that changed.
 */
import { formatYuan } from './money'
import type { EntryCorrection } from './schemas/ledger'

type Line = EntryCorrection['previous']

const FIELDS: Array<[keyof Line, string, (l: Line) => string]> = [
  ['amountFen', '金额', (l) => `${formatYuan(l.amountFen).replace('¥', '')}元`],
  ['direction', '收支', (l) => (l.direction === 'income' ? '收入' : '支出')],
  ['summary', '摘要', (l) => l.summary],
  ['categoryName', '类别', (l) => `${l.categoryName}·${l.item}`],
  ['item', '类别', (l) => `${l.categoryName}·${l.item}`],
  ['date', '日期', (l) => l.date],
  ['voucherNo', '凭证号', (l) => l.voucherNo],
  ['counterparty', '往来单位或个人', (l) => l.counterparty],
  ['handler', '经手人', (l) => l.handler],
]

/** "原为：金额 200.00元，经手人 吴春燕": the earlier line's values that differ from `now`. */
export function earlierValues(now: Line, before: Line): string {
  const parts: string[] = []
  for (const [key, label, show] of FIELDS) {
    if (now[key] === before[key]) continue
    const text = `${label} ${show(before) || '无'}`
    if (!parts.includes(text)) parts.push(text)
  }
  return parts.length ? `原为：${parts.join('，')}` : ''
}

/** The whole note: "更正：{reason}；原为：…" (the reason alone when no value changed). */
export function correctionNote(reason: string, now: Line, before: Line): string {
  const earlier = earlierValues(now, before)
  return earlier ? `更正：${reason}；${earlier}` : `更正：${reason}`
}

/** The words around a voided line's side and amount in 备注; the importer reads them back. */
export const VOIDED_OPEN = '作废（原为'
export const VOIDED_CLOSE = '，不计入收支）'

/**
 * A line corrected to 0元, as the files say it: "作废（原为支出¥300.00，不计入收支）；更正：…".
 * Its amount cells stay empty so a spreadsheet's sums are the sheet's; these words tell it from
 * any other line and keep what it was (even after a later 0元 correction of its summary), so
 * the 原为 list after them leaves out the amount and side.
 */
export function voidedNote(
  reason: string,
  now: Line,
  before: Line,
  voided: Pick<Line, 'amountFen' | 'direction'>,
): string {
  const side = voided.direction === 'income' ? '收入' : '支出'
  const rest = { ...before, amountFen: now.amountFen, direction: now.direction }
  return `${VOIDED_OPEN}${side}${formatYuan(voided.amountFen)}${VOIDED_CLOSE}；${correctionNote(reason, now, rest)}`
}

const VOIDED = new RegExp(
  `^${VOIDED_OPEN}((?:收入|支出)¥\\d{1,3}(?:,\\d{3})*\\.\\d\\d)${VOIDED_CLOSE}；更正：`,
)

/**
 * What a 备注 written by `voidedNote` says the line was ("支出¥300.00"), or null for any other
 * text: only our files' exact words, so a hand-typed 作废 is never taken for them.
 */
export function voidedWas(note: string): string | null {
  return VOIDED.exec(note)?.[1] ?? null
}
