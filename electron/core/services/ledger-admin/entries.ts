/** The clerk's draft lines: create, edit and remove them while their sheet can still change. */
import { randomUUID } from 'node:crypto'
import type { LedgerEntry, PeriodSheet, PersonRef, SaveEntryInput } from '../../../../contract'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import { assertAttachmentsExist } from '../attachments'
import { villageToday } from '../sections/days'
import { editorsAfter } from '../editors'
import {
  ACTION,
  actorOf,
  assertLineFacts,
  assertSheetEditable,
  assertVoucherFree,
  isPendingCorrection,
  requireEntry,
  sheetOf,
  sheetUnchanged,
  voucherAsStored,
} from './rules'

/** The stored fields a clerk types, taken from parsed input and nothing else. */
export function lineFields(input: SaveEntryInput) {
  return {
    period: input.period,
    date: input.date,
    voucherNo: input.voucherNo,
    summary: input.summary,
    category: input.category,
    item: input.item,
    direction: input.direction,
    amountFen: input.amountFen,
    counterparty: input.counterparty,
    handler: input.handler,
    ...(input.projectId ? { projectId: input.projectId } : {}),
    attachments: input.attachments,
  }
}

/** Files a line names must be stored; ones it already had (even without a record) stay allowed. */
export function assertNewAttachments(
  store: Store,
  names: readonly string[],
  before?: LedgerEntry,
): void {
  const added = names.filter((n) => !before?.attachments.includes(n))
  assertAttachmentsExist(store, [{ path: 'attachments', names: added }])
}

/** Handlers for draft lines; every write is one journal entry naming the clerk. */
export const entryHandlers: HandlerGroup<'ledger.saveEntry' | 'ledger.removeEntry'> = {
  'ledger.saveEntry': async (input, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const old = input.id ? requireEntry(store, input.id) : undefined
    if (old) assertSheetEditable(sheetOf(store, old.period))
    assertSheetEditable(sheetOf(store, input.period))
    const left =
      old && old.period !== input.period ? sheetLeft(store, old.period, actor) : undefined
    assertLineFacts(store, villageToday(ctx.now()), input)
    // In a quarter written month by month, 记-1 typed for November is stored as 11月记-1.
    const line = { ...input, voucherNo: voucherAsStored(store, input) }
    assertVoucherFree(store, line, input.voucherNo)
    assertNewAttachments(store, input.attachments, old)
    const entry: LedgerEntry = old
      ? {
          ...lineFields(line),
          id: old.id,
          createdAt: old.createdAt,
          createdBy: old.createdBy,
          ...editorsAfter(old, actor),
        }
      : {
          ...lineFields(line),
          id: randomUUID(),
          createdAt: ctx.now().toISOString(),
          createdBy: actor,
        }
    await store.commit({
      actor,
      action: ACTION.save,
      entity: 'ledger',
      id: entry.id,
      puts: [{ coll: 'ledger', id: entry.id, value: entry }, ...(left?.puts ?? [])],
      // A submit or signature queued just before this save is applied first: checked again.
      recheck: () => {
        if (old) assertSheetEditable(sheetOf(store, old.period))
        left?.recheck()
        assertSheetEditable(sheetOf(store, input.period))
        assertVoucherFree(store, line, input.voucherNo)
      },
    })
    return entry
  },
  'ledger.removeEntry': async ({ id }, ctx) => {
    const { store } = ctx
    const actor = actorOf(ctx)
    const e = requireEntry(store, id)
    // A correction not yet signed may be withdrawn; anything else only while its sheet is open.
    const left = isPendingCorrection(e, store) ? undefined : sheetLeft(store, e.period, actor)
    await store.commit({
      actor,
      action: ACTION.remove,
      entity: 'ledger',
      id,
      puts: [{ coll: 'ledger', id, value: null }, ...(left?.puts ?? [])],
      recheck: () => {
        if (left) left.recheck()
        else if (!isPendingCorrection(e, store)) assertSheetEditable(sheetOf(store, e.period))
      },
    })
    return { id }
  },
}

/**
 * The open sheet a line leaves (removed, or moved to another period), with `actor` among its
 * editors: taking a line out shapes what the 监委 signs, so the one who did may not sign it.
 */
function sheetLeft(store: Store, period: string, actor: PersonRef) {
  const sheet = assertSheetEditable(sheetOf(store, period))
  if (sheet.editedBy?.some((p) => p.id === actor.id)) {
    return { puts: [], recheck: () => void assertSheetEditable(sheetOf(store, period)) }
  }
  const next: PeriodSheet = { ...sheet, editedBy: [...(sheet.editedBy ?? []), actor] }
  return {
    puts: [{ coll: 'sheets' as const, id: period, value: next }],
    recheck: sheetUnchanged(store, sheet),
  }
}
