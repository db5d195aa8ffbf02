/** Shared shape of a drafted ledger line, before it gets a date, voucher number and id. */
import type { CategoryCode, Direction } from '../../../contract'
import type { Cast } from './members'
import type { Rng } from './rng'

/** A ledger line as drafted by a template. */
export interface LineDraft {
  category: CategoryCode
  item: string
  direction: Direction
  amountFen: number
  summary: string
  counterparty: string
  projectId?: string
  /** Fixed day of month, when the line belongs on one (e.g. wages on the 10th). */
  day?: number
}

/** What a template may draw from for one month. */
export interface Draw {
  rng: Rng
  year: number
  month: number
  groups: number
  cast: Cast
}

/** An amount in fen between two yuan bounds, rounded the way real vouchers usually are. */
export function amount(rng: Rng, minYuan: number, maxYuan: number): number {
  const fen = rng.int(minYuan * 100, maxYuan * 100)
  if (maxYuan <= 1000) return fen
  return rng.chance(0.5) ? Math.round(fen / 100) * 100 : Math.round(fen / 10_000) * 10_000 || 10_000
}
