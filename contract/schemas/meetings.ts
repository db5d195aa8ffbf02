/** Meetings with their minutes: 党员大会, 村民代表会议, 村民议事会, 党员固定学习日. */
import { z } from 'zod'
import { MEETING_KINDS } from '../enums'
import type { Revision } from './revision'
import { Id, IsoDate, OptText, Publication, Text } from './common'

export const MeetingKind = z.enum(MEETING_KINDS, { error: '请选择会议类别' })
export type MeetingKind = z.infer<typeof MeetingKind>

const Count = z.number().int('人数必须是整数').min(0, '人数不能为负').max(100000, '人数过大')

export const MeetingInput = z
  .object({
    kind: MeetingKind,
    date: IsoDate,
    topic: Text(60, '会议议题'),
    place: OptText(40, '地点'),
    due: Count,
    present: Count,
    minutes: OptText(5000, '会议纪要'),
    /** The 四议两公开 matter this meeting was a step of. */
    matterId: Id.optional(),
  })
  .refine((m) => m.present <= m.due, { message: '实到人数不能多于应到人数', path: ['present'] })
export type MeetingInput = z.infer<typeof MeetingInput>

export const Meeting = Publication.extend({
  kind: MeetingKind,
  date: IsoDate,
  topic: z.string(),
  place: z.string(),
  due: Count,
  present: Count,
  minutes: z.string(),
  matterId: Id.optional(),
  id: Id,
  updatedAt: z.string(),
})
export type Meeting = z.infer<typeof Meeting>

export interface MeetingView {
  id: string
  kind: MeetingKind
  date: string
  topic: string
  place: string
  due: number
  present: number
  minutes: string
  /** The linked matter, when it is published. */
  matter: { id: string; title: string } | null
  /** Rule breaks in plain words (a 村民代表会议 below two thirds); empty when none. */
  ruleChecks: string[]
  revision: Revision
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { MEETING_KINDS } from '../enums'
