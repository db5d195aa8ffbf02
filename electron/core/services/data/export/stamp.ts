/** The line every ledger export carries above its table: when it was made, and the 核验码. */
import { checkpointLabel } from '../../../../../contract/checkpoint'
import { villageToday } from '../../sections/days'

export interface ExportStamp {
  checkpoint: { seq: number; hash: string }
  exportedAt: string
}

/**
 * "导出时间 2026-11-25，核验码 #128 · 3fa9 c2d1 0b7e 55aa", the same words in .xlsx and CSV; the
 * date is the village's (Asia/Shanghai), not UTC's, which is still yesterday until 08:00 there.
 */
export function stampLine(meta: ExportStamp): string {
  const day = villageToday(new Date(meta.exportedAt))
  return `导出时间 ${day}，核验码 ${checkpointLabel(meta.checkpoint)}`
}
