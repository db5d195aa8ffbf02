/**
 * Published lines are never edited: a correction is a new line that names the one it replaces
 * and why; it goes public only when a 监委 member other than its author signs it.
 */
import { randomUUID } from 'node:crypto'
import type { LedgerEntry } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { villageToday } from '../sections/days'
import { wroteOrChanged } from '../editors'
import { assertNewAttachments, lineFields } from './entries'
import {
  ACTION,
  actorOf,
  assertLineFacts,
  assertProjectsPublished,
  assertVoucherFree,
  isPendingCorrection,
  linesUnchanged,
  linesOf,
  requireEntry,
  sheetOf,
  voucherAsStored,
} from './rules'

export const SAME_FIELDS = [
  'date',
  'voucherNo',
  'summary',
  'category',
  'item',
  'direction',
  'amountFen',
  'counterparty',
  'handler',
  'projectId',
] as const

/** Whether a line is public now: its sheet is signed, and if it is a correction, it is signed too. */
function isPublishedLine(e: LedgerEntry, store: Store): boolean {
  return sheetOf(store, e.period)?.status === 'published' && !isPendingCorrection(e, store)
}

function assertCorrectable(store: Store, original: LedgerEntry, period: string): void {
  if (!isPublishedLine(original, store)) {
    const message = isPendingCorrection(original, store)
      ? '这条更正还没有经监委签字，不能再更正它'
      : '这笔账目还没有公开，可以直接修改，不需要更正'
    throw new ApiFailure('CONFLICT', message)
  }
  if (original.supersededBy) {
    throw new ApiFailure('CONFLICT', '这笔账目已经被更正过，请在最新的版本上更正')
  }
  if (linesOf(store, period).some((e) => e.supersedes === original.id)) {
    throw new ApiFailure('CONFLICT', '这笔账目已有一条更正在等待监委签字')
  }
  if (period !== original.period) {
    const message = '更正不能改变账目所属的期间'
    throw new ApiFailure('BAD_INPUT', message, { period: message })
  }
}

/** Handlers for filing a correction and for the 监委 signing it. */
export const correctionHandlers: HandlerGroup<'ledger.correct' | 'ledger.publishCorrection'> = {
  'ledger.correct': async (input, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const original = requireEntry(store, input.id)
    assertCorrectable(store, original, input.period)
    assertLineFacts(store, villageToday(ctx.now()), input)
    assertNewAttachments(store, input.attachments, original)
    const stored = voucherAsStored(store, { ...input, supersedes: original.id })
    const fields = lineFields({ ...input, voucherNo: stored })
    if (SAME_FIELDS.every((k) => fields[k as keyof typeof fields] === original[k])) {
      throw new ApiFailure('BAD_INPUT', '更正后的内容与原来完全相同，请改正需要更正的地方')
    }
    const correction: LedgerEntry = {
      ...fields,
      id: randomUUID(),
      createdAt: ctx.now().toISOString(),
      createdBy: actor,
      supersedes: original.id,
      correctionReason: input.reason,
    }
    assertVoucherFree(store, correction, input.voucherNo)
    await store.commit({
      actor,
      action: ACTION.correct,
      entity: 'ledger',
      id: correction.id,
      puts: [{ coll: 'ledger', id: correction.id, value: correction }],
      // Another correction of the same line filed at the same moment: only one goes in.
      recheck: () => {
        linesUnchanged(store, original)()
        assertCorrectable(store, original, input.period)
        assertVoucherFree(store, correction, input.voucherNo)
      },
    })
    return correction
  },
  'ledger.publishCorrection': async ({ id }, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const correction = requireEntry(store, id)
    if (!isPendingCorrection(correction, store)) {
      throw new ApiFailure('CONFLICT', '这不是一条等待签字的更正')
    }
    const original = requireEntry(store, correction.supersedes ?? '')
    if (original.supersededBy) {
      throw new ApiFailure('CONFLICT', '原账目已被另一条更正替换，这条更正不能再公开')
    }
    if (correction.returnComment !== undefined) {
      throw new ApiFailure('CONFLICT', '这条更正已退回录入员修改，重新提交后才能签字')
    }
    if (wroteOrChanged(correction, actor)) {
      throw new ApiFailure('FORBIDDEN', '不能签字公开自己提交的更正，请由另一位监委成员审核')
    }
    assertProjectsPublished(store, [correction])
    const at = ctx.now().toISOString()
    const signed: LedgerEntry = { ...correction, publishedAt: at, publishedBy: actor }
    // One change: the correction goes public and the original is marked replaced, together.
    await store.commit({
      actor,
      action: ACTION.publishCorrection,
      entity: 'ledger',
      id: signed.id,
      recheck: linesUnchanged(store, correction, original),
      puts: [
        { coll: 'ledger', id: signed.id, value: signed },
        { coll: 'ledger', id: original.id, value: { ...original, supersededBy: signed.id } },
      ],
    })
    return signed
  },
}
