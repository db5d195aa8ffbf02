/** 资产、资源、合同 register: what the village owns or leases out, and the rent it is owed. */
import { z } from 'zod'
import { Fen, Id, IsoDate, OptText, Publication, Text } from './common'

export const ASSET_TYPES = ['资产', '资源', '合同'] as const
export const AssetType = z.enum(ASSET_TYPES, { error: '请选择类型（资产、资源或合同）' })
export type AssetType = z.infer<typeof AssetType>

export const AssetInput = z
  .object({
    name: Text(40, '名称'),
    type: AssetType,
    location: OptText(60, '位置'),
    /** As people say it: 32亩, 450平方米. */
    area: OptText(30, '面积'),
    /** 原值 or 评估价值, when known. */
    valueFen: Fen.optional(),
    lessee: OptText(60, '承包或租赁方'),
    contractNo: OptText(30, '合同编号'),
    termFrom: IsoDate.optional(),
    termTo: IsoDate.optional(),
    yearlyRentFen: Fen.default(0),
    /** Rent collected for the current contract year. */
    collectedFen: Fen.default(0),
    note: OptText(200, '备注'),
  })
  .refine((a) => !a.termFrom || !a.termTo || a.termFrom <= a.termTo, {
    message: '合同到期日不能早于起始日',
    path: ['termTo'],
  })
export type AssetInput = z.infer<typeof AssetInput>

export const Asset = Publication.extend({
  name: z.string(),
  type: AssetType,
  location: z.string(),
  area: z.string(),
  valueFen: Fen.optional(),
  lessee: z.string(),
  contractNo: z.string(),
  termFrom: IsoDate.optional(),
  termTo: IsoDate.optional(),
  yearlyRentFen: Fen,
  collectedFen: Fen,
  note: z.string(),
  id: Id,
  updatedAt: z.string(),
})
export type Asset = z.infer<typeof Asset>

/** A register row as the public sees it, with what is owed and how soon the term ends. */
export interface AssetView {
  id: string
  name: string
  type: AssetType
  location: string
  area: string
  valueFen?: number
  lessee: string
  contractNo: string
  termFrom?: string
  termTo?: string
  yearlyRentFen: number
  collectedFen: number
  /** yearlyRent − collected, never below zero. */
  owingFen: number
  /** Days from today to termTo (0 on the last day, negative once ended); null without a term. */
  daysToExpiry: number | null
  /** The term ends within 90 days (and has not ended yet). */
  expiringSoon: boolean
  expired: boolean
  note: string
  /** Set when this row corrects an earlier published version (已更正): why, when, and that version. */
  correction?: AssetCorrection
}

/** 已更正 on a register row: the reason, when the correction was signed, the version it replaced. */
export interface AssetCorrection {
  reason: string
  at: string
  earlier: Omit<AssetView, 'correction'>
}

export interface AssetsView {
  items: AssetView[]
  /** Sums over the rows with rent; three separate figures. */
  yearlyRentFen: number
  collectedFen: number
  owingFen: number
  expiringSoonCount: number
  lastUpdated: string
}
