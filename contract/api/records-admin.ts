/**
 * Cadres keep the non-finance records: projects, 四议两公开 matters, meetings, notices and 公示
 * lists go through 录入 → 监委审核 → 公开 one by one; members, year-round duties and settings
 * are plain edits, each journaled.
 */
import { z } from 'zod'
import { Id } from '../schemas/common'
import { DutyInput, type Duty } from '../schemas/duties'
import { MatterInput, type Matter } from '../schemas/matters'
import { MeetingInput, type Meeting } from '../schemas/meetings'
import { NoticeInput, type Notice } from '../schemas/notices'
import { ProjectInput, type Project } from '../schemas/projects'
import { MemberSave, type PendingRecord } from '../schemas/records-admin'
import { SettingsInput, type Settings } from '../schemas/settings'
import type { Member } from '../schemas/village'
import { method, None } from './define'
import { CADRES, KEEPERS, workflowMethods } from './workflow'

const ADMIN = ['admin'] as const

/** A duty as a clerk saves it; without an id a new duty is added. */
export const DutySave = DutyInput.safeExtend({ id: Id.optional() }).strict()

export const recordsAdminApi = {
  ...workflowMethods('projects', ProjectInput).returns<Project>(),
  ...workflowMethods('matters', MatterInput).returns<Matter>(),
  ...workflowMethods('meetings', MeetingInput).returns<Meeting>(),
  ...workflowMethods('notices', NoticeInput).returns<Notice>(),
  'records.pending': method(None, CADRES).returns<PendingRecord[]>(),
  'members.list': method(None, ADMIN).returns<Member[]>(),
  'members.save': method(MemberSave, ADMIN).returns<Member>(),
  'members.remove': method(z.object({ id: Id }).strict(), ADMIN).returns<{ id: string }>(),
  'duties.list': method(None, CADRES).returns<Duty[]>(),
  'duties.save': method(DutySave, KEEPERS).returns<Duty>(),
  'settings.save': method(SettingsInput, ADMIN).returns<Settings>(),
} as const

/** Every method of this area, so core can prove it handles each one. */
export type RecordsAdminMethod = keyof typeof recordsAdminApi
