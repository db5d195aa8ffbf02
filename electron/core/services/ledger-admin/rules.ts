/** The ledger workflow's shared rules: who is acting, which sheet a line belongs to, what is frozen. */
import {
  monthsOwnNumber,
  numberedByMonth,
  periodRange,
  sameVoucher,
  voucherKey,
  withMonth,
} from '../../../../contract'
import type { LedgerEntry, PeriodSheet, PersonRef } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Ctx } from '../../api/handlers'
import type { Store } from '../../store/types'
import { linkState } from '../records/links'
import { refusePersonalNumbers } from '../records/personal-numbers'
import { unchangedSince } from '../unchanged'

/**
 * Journal action names. The last segment is the verb the audit trail puts in words
 * (save → 保存, delete → 删除, close → 结账, submit, return, publish, correct).
 */
export const ACTION = {
  save: 'ledger.entry.save',
  remove: 'ledger.entry.delete',
  close: 'ledger.close',
  submit: 'ledger.submit',
  return: 'ledger.return',
  publish: 'ledger.publish',
  correct: 'ledger.correct',
  publishCorrection: 'ledger.correction.publish',
  returnCorrection: 'ledger.correction.return',
  reviseCorrection: 'ledger.correction.revise',
} as const

export const MSG = {
  frozen: '已公开的账目不能修改，请用更正',
  noSheet: '这一期还没有开始录入，请先选择期间并点“开始录入”',
  submitted: '这一期已提交监委审核，监委退回后才能修改',
  noEntry: '没有找到这笔账目',
  noPeriod: '没有找到这一期的账目',
} as const

/** The logged-in cadre; createApi guarantees one for non-public methods, this keeps types honest. */
export function actorOf(ctx: Ctx): PersonRef {
  if (!ctx.actor) throw new ApiFailure('UNAUTHENTICATED', '请先登录，或登录已超时')
  return ctx.actor
}

/** The sheet of a period, or undefined when the clerk has not opened it. */
export function sheetOf(store: Store, period: string): PeriodSheet | undefined {
  return store.get('sheets', period)
}

/** The sheet of a period, refusing when there is none. */
export function requireSheet(store: Store, period: string): PeriodSheet {
  const sheet = sheetOf(store, period)
  if (!sheet) throw new ApiFailure('NOT_FOUND', MSG.noPeriod)
  return sheet
}

/** A line's own record, refusing when there is none. */
export function requireEntry(store: Store, id: string): LedgerEntry {
  const e = store.get('ledger', id)
  if (!e) throw new ApiFailure('NOT_FOUND', MSG.noEntry)
  return e
}

/** Lines are only written while their sheet is a draft or returned; published ones are frozen. */
export function assertSheetEditable(sheet: PeriodSheet | undefined): PeriodSheet {
  if (!sheet) throw new ApiFailure('CONFLICT', MSG.noSheet)
  if (sheet.status === 'published') throw new ApiFailure('CONFLICT', MSG.frozen)
  if (sheet.status === 'submitted') throw new ApiFailure('CONFLICT', MSG.submitted)
  return sheet
}

/**
 * A commit's recheck (Store Change.recheck) that the period's sheet is still the one the handler
 * read: a submit, return or signature queued behind another change to the same sheet (a second
 * 监委 signing at once, a line saved just as it was submitted) is refused, not applied over it.
 */
export function sheetUnchanged(store: Store, before: PeriodSheet): () => void {
  const message = '这一期刚刚被别人改动过，请刷新后再看一遍'
  return unchangedSince(store, 'sheets', [before], message, (s) => s.key)
}

/** The same recheck for ledger lines: each is still as the handler read it. */
export function linesUnchanged(store: Store, ...before: LedgerEntry[]): () => void {
  return unchangedSince(store, 'ledger', before, '这条账目刚刚被别人改动过，请刷新后再看一遍')
}

/** A correction filed but not yet signed: its original does not point to it yet. */
export function isPendingCorrection(e: LedgerEntry, store: Store): boolean {
  return !!e.supersedes && store.get('ledger', e.supersedes)?.supersededBy !== e.id
}

/** Every line of a period (drafts, replaced lines and corrections too). */
export function linesOf(store: Store, period: string): LedgerEntry[] {
  return store.all('ledger').filter((e) => e.period === period)
}

type VoucherLine = {
  id?: string
  period: string
  date: string
  voucherNo: string
  supersedes?: string
}

/** The line as it was before this save (the draft edited, or the line corrected), if any. */
const lineBefore = (store: Store, line: VoucherLine) =>
  store.get('ledger', line.supersedes ?? line.id ?? '')

/**
 * The 凭证号 a line typed by hand is stored under. In a quarter written month by month
 * (`numberedByMonth`: an import of a book that numbers its vouchers month by month wrote
 * 10月记-1, 11月记-1), a number typed without a month gets its line's month, as the import does
 * for a month imported later: 记-1 typed for November is stored and shown as 11月记-1. A number
 * that is not a month's own (the screen's 记-2026-Q4-005, a sub-number), a number anywhere else,
 * and a line keeping the number it had are kept as typed (`sameVoucher` still sees each under its
 * month).
 */
export function voucherAsStored(store: Store, line: VoucherLine): string {
  const before = lineBefore(store, line)
  if (before && voucherKey(before.voucherNo) === voucherKey(line.voucherNo)) return line.voucherNo
  const others = linesOf(store, line.period).filter(
    (e) => !e.supersededBy && e.id !== line.id && e.id !== line.supersedes,
  )
  const styled = monthsOwnNumber(line.voucherNo) && numberedByMonth(line.period, others)
  return styled ? withMonth(line.voucherNo, line.date) : line.voucherNo
}

/**
 * Refuses a voucher number already used in the period by another live line, however it was
 * typed (记－００１ and 记1 are 记-001) and by whichever door it came in: 记-1 typed for an October
 * date is the 10月记-1 an import of a quarter numbered month by month wrote (`sameVoucher`, the
 * import's own rule). The message says the number as the cadre `typed` it (before
 * `voucherAsStored`) and names the line that has it. The line being corrected does not count: a
 * correction keeps its voucher number, and keeping it is never refused.
 */
export function assertVoucherFree(store: Store, line: VoucherLine, typed = line.voucherNo): void {
  // A line keeping the number it had (a correction, or a draft edited) is not refused for a twin
  // an older version let in (记12 beside 记-12): the cadre could not even correct it away.
  const before = lineBefore(store, line)
  if (before && voucherKey(before.voucherNo) === voucherKey(line.voucherNo)) return
  const clash = linesOf(store, line.period).find(
    (e) => !e.supersededBy && e.id !== line.id && e.id !== line.supersedes && sameVoucher(e, line),
  )
  if (clash) {
    const message = `凭证号“${typed}”在这一期已经用过（${lineNamed(clash, typed)}），请核对后换一个`
    throw new ApiFailure('CONFLICT', message, { voucherNo: message })
  }
}

/** The line a clash is with, as the cadre finds it in the list: 10月8日 收到鱼塘承包费. */
function lineNamed(e: LedgerEntry, typed: string): string {
  const day = `${Number(e.date.slice(5, 7))}月${Number(e.date.slice(8, 10))}日`
  const said = `${day} ${e.summary}`
  // Written otherwise (10月记-1 for the 记-1 typed, JZ-1 for jz-1, 记－１ for 记-1), its own
  // number too, as the list shows it, so it can be found.
  return e.voucherNo === typed ? said : `${said}，凭证号“${e.voucherNo}”`
}

/**
 * Refuses a date after today, a project that does not exist or is not yet public, and any
 * personal number in the texts the public will read (摘要, 往来单位, 经手人, 更正原因), each next
 * to its field.
 */
export function assertLineFacts(
  store: Store,
  today: string,
  line: {
    date: string
    projectId?: string | undefined
    voucherNo: string
    summary: string
    counterparty: string
    handler: string
    reason?: string
  },
): void {
  refusePersonalNumbers([
    { path: 'voucherNo', label: '凭证号', value: line.voucherNo },
    { path: 'summary', label: '摘要', value: line.summary },
    { path: 'counterparty', label: '往来单位或个人', value: line.counterparty },
    { path: 'handler', label: '经手人', value: line.handler },
    { path: 'reason', label: '更正原因', value: line.reason ?? '' },
  ])
  if (line.date > today) {
    const message = '日期不能晚于今天'
    throw new ApiFailure('BAD_INPUT', message, { date: message })
  }
  const link = line.projectId ? linkState(store, 'projects', line.projectId) : 'published'
  if (link !== 'published') {
    const message =
      link === 'missing' ? '没有找到这个项目，请重新选择' : '请先公开这个项目，再把账目关联到它'
    throw new ApiFailure('BAD_INPUT', message, { projectId: message })
  }
}

/**
 * Lines are signed as spending on a project only once that project is itself signed: a draft
 * could still be rewritten into another project. Checked again when a sheet is submitted and
 * signed and when a correction is signed, for lines an older version let link to a draft.
 */
export function assertProjectsPublished(store: Store, lines: readonly LedgerEntry[]): void {
  const line = lines.find(
    (e) => e.projectId && linkState(store, 'projects', e.projectId) !== 'published',
  )
  if (!line) return
  throw new ApiFailure(
    'CONFLICT',
    `凭证号${line.voucherNo}这笔账目关联的项目还没有公开，请先公开这个项目，或去掉这笔账目的项目关联`,
  )
}

/** Whether two periods share any day (a month inside a quarter, or the same key). */
export function overlaps(a: string, b: string): boolean {
  const ra = periodRange(a)
  const rb = periodRange(b)
  return ra.from <= rb.to && rb.from <= ra.to
}

/** The last `count` periods of a kind up to the one holding `today`, newest first. */
export function recentPeriods(today: string, kind: 'month' | 'quarter', count: number): string[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const out: string[] = []
  if (kind === 'month') {
    for (let i = 0; i < count; i++) {
      const m = year * 12 + (month - 1) - i
      out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`)
    }
  } else {
    for (let i = 0; i < count; i++) {
      const q = year * 4 + Math.floor((month - 1) / 3) - i
      out.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`)
    }
  }
  return out
}
