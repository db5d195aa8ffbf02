import { z } from 'zod'
import { AttachmentName } from './attachments'
import { Id, IsoDate, OptText, Publication, Text } from './common'

export const MatterStep = z.object({
  index: z.number().int().min(0).max(5),
  date: IsoDate,
  due: z.number().int().min(0).max(100000).default(0),
  present: z.number().int().min(0).max(100000).default(0),
  votesFor: z.number().int().min(0).max(100000).default(0),
  votesAgainst: z.number().int().min(0).max(100000).default(0),
  abstain: z.number().int().min(0).max(100000).default(0),
  content: OptText(1000, '内容'),
  signatures: z.array(AttachmentName).max(20, '签字表最多 20 个').default([]),
})
export type MatterStep = z.infer<typeof MatterStep>

export const MatterInput = z.object({
  title: Text(60, '事项名称'),
  summary: OptText(1000, '事项内容'),
  steps: z.array(MatterStep).max(6).default([]),
})
export type MatterInput = z.infer<typeof MatterInput>

export const Matter = Publication.extend(MatterInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Matter = z.infer<typeof Matter>

export interface MatterCard {
  id: string
  title: string
  /** Index of the last step reached, -1 if none. */
  reached: number
  reachedName: string
  date: string
  /**
   * Set when the vote at ③ 党员大会审议 or ④ 村民代表会议决议 did not pass (the first such step,
   * as the tracker marks it): screens say 没有依法通过 beside the step reached.
   */
  voteFailed?: { index: number; name: string }
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { STEP_NAMES } from '../enums'
