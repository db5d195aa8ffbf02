import { z } from 'zod'
import { BODIES } from '../enums'
import { Id, Text, OptText } from './common'

export const Body = z.enum(BODIES)
export type Body = z.infer<typeof Body>

/** A member of 村党组织 / 村委会 / 村务监督委员会. */
export const Member = z.object({
  id: Id,
  name: Text(20, '姓名'),
  body: Body,
  /** 村党总支书记、村委会主任、监委会主任 … */
  title: Text(30, '职务'),
  duties: OptText(200, '分工'),
  officeHours: OptText(100, '坐班时间'),
  /** Stored for cadres; the public API only ever returns it masked. */
  phone: OptText(20, '电话'),
  order: z.number().int().min(0).default(0),
})
export type Member = z.infer<typeof Member>

export const VillageProfile = z.object({
  name: Text(30, '村名'),
  township: Text(30, '乡镇'),
  county: Text(30, '县区'),
  city: OptText(30, '市'),
  province: OptText(30, '省'),
  households: z.number().int().min(0).default(0),
  population: z.number().int().min(0).default(0),
  groups: z.number().int().min(0).default(0),
  isDemo: z.boolean().default(false),
})
export type VillageProfile = z.infer<typeof VillageProfile>

/** What the public sees of a member: no full phone number, ever. */
export interface MemberView {
  id: string
  name: string
  body: Body
  title: string
  duties: string
  officeHours: string
  phoneMasked: string
}

export interface VillageView extends VillageProfile {
  members: MemberView[]
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { BODIES } from '../enums'
