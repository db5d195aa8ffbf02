import { z } from 'zod'
import { Fen } from './common'

export const Settings = z.object({
  /** How finances are closed and published. */
  periodMode: z.enum(['month', 'quarter']).default('quarter'),
  /** Expenses at or above this are highlighted on the public sheet. */
  largeExpenseFen: Fen.default(5_000_000),
  /** Seconds without a touch before the idle countdown starts. */
  idleSeconds: z.number().int().min(30).max(3600).default(120),
  /** Days a villager question may wait for an answer (the law says 10 at most). */
  questionDueDays: z.number().int().min(7).max(10).default(10),
})
export type Settings = z.infer<typeof Settings>
export const DEFAULT_SETTINGS: Settings = Settings.parse({})
