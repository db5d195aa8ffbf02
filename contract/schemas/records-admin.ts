/** What cadres send and see for the non-finance records: members, the sign-off queue. */
import type { z } from 'zod'
import { Id, type PersonRef } from './common'
import { Member } from './village'

/** A member as the admin saves them; without an id a new member is added. */
export const MemberSave = Member.omit({ id: true }).extend({ id: Id.optional() }).strict()
export type MemberSave = z.infer<typeof MemberSave>

/** The record types that go through 录入 → 监委审核 → 公开 one by one (finance registers too). */
export const WORKFLOW_KINDS = [
  'projects',
  'matters',
  'meetings',
  'notices',
  'budget',
  'assets',
  'debts',
  'distributions',
  'specials',
] as const
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number]

/** One record waiting for a 监委 signature, for the supervisor's home list. */
export interface PendingRecord {
  kind: WorkflowKind
  id: string
  title: string
  version: number
  submittedAt: string
  submittedBy: PersonRef
  /** Set when this is a correction of a published version: why. */
  correctionReason?: string
}
