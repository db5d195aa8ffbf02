/** Year-round duties (冬季防火, 夏季防台防汛 …): who is responsible and what was done last. */
import { z } from 'zod'
import { Id, IsoDate, Publication, Text } from './common'
import type { MemberView } from './village'

/** The duties every village carries all year; the demo has one record for each. */
export const DUTY_NAMES = ['冬季防火', '夏季防台防汛', '绿化造林', '环境整治', '文明创建'] as const

export const DutyInput = z.object({
  name: Text(20, '工作名称'),
  /** 当前情况 (named apart from the workflow's status). */
  statusText: Text(200, '当前情况'),
  lastActionDate: IsoDate,
  lastAction: Text(300, '最近一次工作'),
  memberId: Id,
  order: z.number().int().min(0).default(0),
})
export type DutyInput = z.infer<typeof DutyInput>

export const Duty = Publication.extend(DutyInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Duty = z.infer<typeof Duty>

export interface DutyView {
  id: string
  name: string
  /** The duty's 当前情况 in words. */
  status: string
  lastActionDate: string
  lastAction: string
  /** The responsible member (phone masked), or null if no longer on record. */
  responsible: MemberView | null
}
