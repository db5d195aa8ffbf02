import { z } from 'zod'
import { STAGES } from '../enums'
import { AttachmentName } from './attachments'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'

export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>

export const Milestone = z.object({
  id: Id,
  date: IsoDate,
  title: Text(50, '节点'),
  note: OptText(300, '说明'),
  photos: z.array(AttachmentName).max(20, '现场照片最多 20 张').default([]),
})
export type Milestone = z.infer<typeof Milestone>

export const ProjectInput = z.object({
  name: Text(60, '项目名称'),
  stage: Stage,
  percent: z.number().int().min(0, '进度在0到100之间').max(100, '进度在0到100之间'),
  budgetFen: Fen,
  fundSource: OptText(100, '资金来源'),
  contractor: OptText(60, '施工单位'),
  procurement: OptText(30, '采购方式'),
  location: OptText(60, '地点'),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  summary: OptText(500, '概况'),
  matterId: Id.optional(),
  milestones: z.array(Milestone).max(100).default([]),
})
export type ProjectInput = z.infer<typeof ProjectInput>

export const Project = Publication.extend(ProjectInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Project = z.infer<typeof Project>

export interface ProjectCard {
  id: string
  name: string
  stage: Stage
  percent: number
  budgetFen: number
  spentFen: number
  updatedAt: string
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { STAGES } from '../enums'
