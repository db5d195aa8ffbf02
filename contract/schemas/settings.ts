import { z } from 'zod'
import { DEFAULT_SETTINGS as D } from '../settings-defaults'

// Re-exported, not copied: the kiosk's first screen takes it from the zod-free module.
export { DEFAULT_SETTINGS } from '../settings-defaults'
import { Fen } from './common'

export const Settings = z.object({
  /** How finances are closed and published. */
  periodMode: z.enum(['month', 'quarter']).default(D.periodMode),
  /** Expenses at or above this are highlighted on the public sheet. */
  largeExpenseFen: Fen.default(D.largeExpenseFen),
  /** Seconds without a touch before the idle countdown starts. */
  idleSeconds: z.number().int().min(30).max(3600).default(D.idleSeconds),
  /** Days a villager question may wait for an answer (the law says 10 at most). */
  questionDueDays: z.number().int().min(7).max(10).default(D.questionDueDays),
})
export type Settings = z.infer<typeof Settings>
