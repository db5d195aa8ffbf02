/** The line every ledger export carries above its table: when it was made, and the 核验码. */
import { checkpointLabel } from '../../../../../contract/checkpoint'

export interface ExportStamp {
  checkpoint: { seq: number; hash: string }
  exportedAt: string
}

/** "导出时间 2026-11-25，核验码 #128 · 3fa9 c2d1 0b7e 55aa", the same words in .xlsx and CSV. */
export function stampLine(meta: ExportStamp): string {
  return `导出时间 ${meta.exportedAt.slice(0, 10)}，核验码 ${checkpointLabel(meta.checkpoint)}`
}
