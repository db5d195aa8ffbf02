/** 专项公开: land compensation, works tenders and final accounts, 一事一议, asset leases. */
import { z } from 'zod'
import { SPECIAL_KINDS } from '../enums'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'
import type { MatterCard } from './matters'
import type { Revision } from './revision'

export const SpecialKind = z.enum(SPECIAL_KINDS, { error: '请选择专项类别' })
export type SpecialKind = z.infer<typeof SpecialKind>

/** One row of amounts; a person's name is stored masked (张*明), never with ID or bank numbers. */
export const SpecialRow = z.object({
  label: Text(40, '项目或姓名'),
  group: OptText(20, '村民小组'),
  note: OptText(100, '说明'),
  amountFen: Fen,
})
export type SpecialRow = z.infer<typeof SpecialRow>

export const SpecialInput = z.object({
  kind: SpecialKind,
  title: Text(60, '标题'),
  date: IsoDate,
  body: OptText(5000, '正文'),
  rows: z.array(SpecialRow).max(2000).default([]),
  projectId: Id.optional(),
  matterId: Id.optional(),
})
export type SpecialInput = z.infer<typeof SpecialInput>

export const Special = Publication.extend(SpecialInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Special = z.infer<typeof Special>

export interface SpecialCard {
  id: string
  kind: SpecialKind
  title: string
  date: string
  rowCount: number
  totalFen: number
}

export interface SpecialView extends SpecialCard {
  body: string
  rows: SpecialRow[]
  /** The linked project, when it is published. */
  project: { id: string; name: string } | null
  matter: MatterCard | null
  revision: Revision
}

// Re-exported, not copied: public screens take these from the zod-free module.
export { SPECIAL_KINDS } from '../enums'
