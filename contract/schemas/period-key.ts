/** The schema of a period key: a month ('2026-03') or a quarter ('2026-Q1'). */
import { z } from 'zod'

export const PeriodKey = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '期间格式应为 2026-03 或 2026-Q1')
export type PeriodKey = z.infer<typeof PeriodKey>
