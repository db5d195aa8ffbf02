import { z } from 'zod'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'

export const NoticeKind = z.enum(['notice', 'policy', 'gongshi'])
export type NoticeKind = z.infer<typeof NoticeKind>

/** One line of a 低保/subsidy 公示 list. The name is stored masked (张*明); no ID, bank or phone. */
export const GongshiRow = z.object({
  maskedName: Text(10, '姓名'),
  group: OptText(20, '村民小组'),
  reason: OptText(100, '原因'),
  amountFen: Fen,
})
export type GongshiRow = z.infer<typeof GongshiRow>

export const NoticeInput = z.object({
  kind: NoticeKind,
  title: Text(60, '标题'),
  body: OptText(5000, '正文'),
  pinned: z.boolean().default(false),
  validFrom: IsoDate,
  validTo: IsoDate.optional(),
  /** For 公示: how and to whom to object. */
  objection: OptText(300, '异议方式'),
  rows: z.array(GongshiRow).max(2000).default([]),
})
export type NoticeInput = z.infer<typeof NoticeInput>

export const Notice = Publication.extend(NoticeInput.shape).extend({
  id: Id,
  updatedAt: z.string(),
})
export type Notice = z.infer<typeof Notice>

export interface NoticeCard {
  id: string
  kind: NoticeKind
  title: string
  validFrom: string
  validTo?: string
  pinned: boolean
}
