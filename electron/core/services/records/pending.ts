/** The 监委's queue: every record submitted and waiting for a signature, oldest first. */
import type { PendingRecord, WorkflowKind } from '../../../../contract/schemas/records-admin'
import type { HandlerGroup } from '../../api/handlers'
import type { Store } from '../../store/types'
import {
  assetSpec,
  budgetSpec,
  debtSpec,
  distributionSpec,
  specialSpec,
} from '../registers-admin/specs'
import { matterSpec } from './matters'
import { meetingSpec } from './meetings'
import { noticeSpec } from './notices'
import { projectSpec } from './projects'
import type { WorkflowSpec } from './workflow'

function waiting<C extends WorkflowKind>(store: Store, spec: WorkflowSpec<C>): PendingRecord[] {
  return store
    .all(spec.coll)
    .filter((r) => r.status === 'submitted')
    .map((r) => ({
      kind: spec.coll,
      id: r.id,
      title: spec.title(r),
      version: r.version,
      submittedAt: r.submittedAt ?? r.updatedAt,
      submittedBy: r.submittedBy ?? r.createdBy,
      ...(r.supersedes ? { correctionReason: r.correctionReason ?? '' } : {}),
    }))
}

/** Everything submitted across the record types, so a 监委 member sees it on the admin home. */
export function pendingRecords(store: Store): PendingRecord[] {
  return [
    ...waiting(store, projectSpec),
    ...waiting(store, matterSpec),
    ...waiting(store, meetingSpec),
    ...waiting(store, noticeSpec),
    ...waiting(store, budgetSpec),
    ...waiting(store, assetSpec),
    ...waiting(store, debtSpec),
    ...waiting(store, distributionSpec),
    ...waiting(store, specialSpec),
  ].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
}

export const pendingHandlers: HandlerGroup<'records.pending'> = {
  'records.pending': (_input, { store }) => pendingRecords(store),
}
