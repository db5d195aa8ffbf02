/** The published, current lines of a year or a period, as the rows every export writes. */
import { categoryName, comparePeriods, periodLabel } from '../../../../../contract'
import type { LedgerEntry } from '../../../../../contract'
import { correctionNote, voidedNote } from '../../../../../contract/earlier-line'
import { villageDate } from '../../../../../contract/village-time'
import type { LedgerExportInput } from '../../../../../contract/schemas/data-export'
import { ApiFailure } from '../../../api/failure'
import type { Store } from '../../../store/types'
import { publishedEntries } from '../../ledger'
import { correctionFacts } from '../../ledger-admin/public-view'
import { compareEntries } from '../../ledger-math'
import { publishedSheets } from '../../published'
import { maskPublicOutput } from '../../public-mask'

/** One exported line, in 元 text with exactly two decimals (made from fen by digits). */
export interface ExportRow {
  period: string
  periodLabel: string
  date: string
  voucherNo: string
  summary: string
  categoryName: string
  item: string
  incomeFen: number
  expenseFen: number
  counterparty: string
  handler: string
  publishedAt: string
  note: string
}

/** 123450 → "1234.50": no floating point, no thousands separator (other software re-reads it). */
export function yuanText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`export: 金额不对 ${fen}`)
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** What the export covers, for its title and file name. */
export function scopeLabel(scope: LedgerExportInput): string {
  return 'year' in scope ? `${scope.year}年` : periodLabel(scope.period)
}

/** A published line as the files write it: masked, with its 备注 (a correction's reason and earlier values). */
export type ExportLine = LedgerEntry & { note: string }

/** The village's day (UTC+8) a line went public, as the screens say it; '' when not known. */
function publishedDay(at: string): string {
  return Number.isNaN(Date.parse(at)) ? at.slice(0, 10) : villageDate(at)
}

function row(e: ExportLine, sheetPublishedAt: string): ExportRow {
  return {
    period: e.period,
    periodLabel: periodLabel(e.period),
    date: e.date,
    voucherNo: e.voucherNo,
    summary: e.summary,
    categoryName: categoryName(e.category),
    item: e.item,
    incomeFen: e.direction === 'income' ? e.amountFen : 0,
    expenseFen: e.direction === 'expense' ? e.amountFen : 0,
    counterparty: e.counterparty,
    handler: e.handler,
    publishedAt: publishedDay(e.publishedAt ?? sheetPublishedAt),
    note: e.note,
  }
}

/**
 * The 备注 of a masked line: for a correction, its reason and what the line said before; for one
 * corrected to 0元, 作废 and the amount it had first. The earlier values are masked field by
 * field before they are joined, so no number is pieced together across fields (and none is
 * left whole).
 */
function noteOf(store: Store, e: LedgerEntry): string {
  if (!e.supersedes) return ''
  const reason = e.correctionReason ?? ''
  const facts = correctionFacts(store, e).correction
  if (!facts) return `更正：${reason}`
  const now = { ...e, categoryName: categoryName(e.category) }
  const before = maskPublicOutput(facts.previous)
  return facts.voided
    ? voidedNote(reason, now, before, facts.voided)
    : correctionNote(reason, now, before)
}

/** Every published sheet in scope, oldest period first, its current lines in order, masked as in public. */
export function exportSheets(
  store: Store,
  scope: LedgerExportInput,
): Array<{ publishedAt: string; lines: ExportLine[] }> {
  const sheets = [...publishedSheets(store).values()].filter((s) =>
    'year' in scope ? s.key.startsWith(`${scope.year}-`) : s.key === scope.period,
  )
  if (sheets.length === 0) {
    throw new ApiFailure(
      'NOT_FOUND',
      `${scopeLabel(scope)}还没有经监委签字公开的账目，没有可以导出的内容`,
    )
  }
  sheets.sort((a, b) => comparePeriods(b.key, a.key))
  const lines = publishedEntries(store, new Set(sheets.map((s) => s.key)))
  // 已公开 means what the kiosk shows: text kept from before the save check knew a number's
  // form (an old backup restored) is masked here as on the public screen, not printed whole.
  return sheets.map((s) => ({
    publishedAt: s.publishedAt ?? '',
    lines: maskPublicOutput([...(lines.get(s.key) ?? [])].sort(compareEntries)).map((e) => ({
      ...e,
      note: noteOf(store, e),
    })),
  }))
}

/** Rows of every published sheet in scope, oldest period first, each sheet in its own order. */
export function exportRows(store: Store, scope: LedgerExportInput): ExportRow[] {
  return exportSheets(store, scope).flatMap((s) => s.lines.map((e) => row(e, s.publishedAt)))
}

/** Column titles, shared by CSV and .xlsx (and read back by the importer's presets). */
export const COLUMNS = [
  '账期',
  '日期',
  '凭证号',
  '摘要',
  '类别',
  '明细科目',
  '收入（元）',
  '支出（元）',
  '往来单位或个人',
  '经手人',
  '公开日期',
  '备注',
] as const
