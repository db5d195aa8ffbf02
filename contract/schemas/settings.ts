import { z } from 'zod'
import { DEFAULT_SETTINGS as D } from '../settings-defaults'

// Re-exported, not copied: the kiosk's first screen takes it from the zod-free module.
export { DEFAULT_SETTINGS } from '../settings-defaults'
import { Fen } from './common'

// Said whole, with the range: an admin who typed minutes (5) sees at once what is wanted.
const IDLE = '请填写30到3600之间的秒数（2分钟填120）'
const DUE = '答复期限请填7到10天（法律规定最多10天）'

export const Settings = z.object({
  /** How finances are closed and published. */
  periodMode: z.enum(['month', 'quarter']).default(D.periodMode),
  /** Expenses at or above this are highlighted on the public sheet. */
  largeExpenseFen: Fen.default(D.largeExpenseFen),
  /** Seconds without a touch before the idle countdown starts. */
  idleSeconds: z.number().int(IDLE).min(30, IDLE).max(3600, IDLE).default(D.idleSeconds),
  /** Days a villager question may wait for an answer (the law says 10 at most). */
  questionDueDays: z.number().int(DUE).min(7, DUE).max(10, DUE).default(D.questionDueDays),
})
export type Settings = z.infer<typeof Settings>

const LARGE = '大额支出提醒线要大于0元（填0会把每一笔支出都标成大额）'

/**
 * What the admin saves: stricter than what is read back, so a record an older version stored
 * still reads whole. Each sheet signed keeps its 大额 line, so a 0 would mark all of it for good.
 */
export const SettingsInput = Settings.extend({
  largeExpenseFen: Fen.min(1, LARGE).default(D.largeExpenseFen),
}).strict()
