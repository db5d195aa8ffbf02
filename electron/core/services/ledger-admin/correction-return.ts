/**
 * A 监委 member may send a waiting correction back with a comment instead of signing it; the
 * clerk reads the comment, fixes the correction and files it again. Nothing public changes
 * until a correction is signed.
 */
import type { LedgerEntry } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { villageToday } from '../sections/days'
import { editorsAfter } from '../editors'
import { SAME_FIELDS } from './corrections'
import { assertNewAttachments, lineFields } from './entries'
import {
  ACTION,
  actorOf,
  assertLineFacts,
  assertVoucherFree,
  isPendingCorrection,
  linesUnchanged,
  requireEntry,
  voucherAsStored,
} from './rules'

/** A correction not yet signed, refusing anything else. */
function requirePending(store: Store, id: string): LedgerEntry {
  const c = requireEntry(store, id)
  if (!isPendingCorrection(c, store)) {
    throw new ApiFailure('CONFLICT', '这不是一条等待签字的更正')
  }
  return c
}

/** Handlers for sending a correction back and for filing it again after the fix. */
export const correctionReturnHandlers: HandlerGroup<
  'ledger.returnCorrection' | 'ledger.reviseCorrection'
> = {
  'ledger.returnCorrection': async ({ id, comment }, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const c = requirePending(store, id)
    if (c.returnComment !== undefined) {
      throw new ApiFailure('CONFLICT', '这条更正已经退回，正在等录入员修改')
    }
    const returned: LedgerEntry = {
      ...c,
      returnComment: comment,
      returnedAt: ctx.now().toISOString(),
      returnedBy: actor,
    }
    await store.commit({
      actor,
      action: ACTION.returnCorrection,
      entity: 'ledger',
      id,
      puts: [{ coll: 'ledger', id, value: returned }],
      recheck: linesUnchanged(store, c),
    })
    return returned
  },
  'ledger.reviseCorrection': async (input, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const c = requirePending(store, input.id)
    if (c.returnComment === undefined) {
      throw new ApiFailure('CONFLICT', '这条更正正在等待监委签字；要修改，请先撤回或等监委退回')
    }
    if (input.period !== c.period) {
      const message = '更正不能改变账目所属的期间'
      throw new ApiFailure('BAD_INPUT', message, { period: message })
    }
    assertLineFacts(store, villageToday(ctx.now()), input)
    const original = requireEntry(store, c.supersedes ?? '')
    // The same rule as when it was first filed: a photo added must be one the store holds.
    assertNewAttachments(store, input.attachments, original)
    const stored = voucherAsStored(store, { ...input, supersedes: original.id })
    const fields = lineFields({ ...input, voucherNo: stored })
    if (SAME_FIELDS.every((k) => fields[k as keyof typeof fields] === original[k])) {
      throw new ApiFailure('BAD_INPUT', '更正后的内容与原来完全相同，请改正需要更正的地方')
    }
    // The version the 监委 will sign is this person's: they are its filer now.
    const { returnComment: _c, returnedAt: _a, returnedBy: _b, projectId: _p, ...kept } = c
    const revised: LedgerEntry = {
      ...kept,
      ...fields,
      createdAt: ctx.now().toISOString(),
      createdBy: actor,
      // Whoever filed it before (and changed it since) stays on it: they may not sign it either.
      ...editorsAfter(c, actor, actor),
      correctionReason: input.reason,
    }
    assertVoucherFree(store, revised, input.voucherNo)
    await store.commit({
      actor,
      action: ACTION.reviseCorrection,
      entity: 'ledger',
      id: c.id,
      puts: [{ coll: 'ledger', id: c.id, value: revised }],
      recheck: linesUnchanged(store, c),
    })
    return revised
  },
}
