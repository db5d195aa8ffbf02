/**
 * The village settings before anyone changes them, without zod: the kiosk's first screen reads
 * them, and keeping the schema library off that screen is part of opening it fast.
 */
export const DEFAULT_SETTINGS = {
  periodMode: 'quarter',
  largeExpenseFen: 5_000_000,
  idleSeconds: 120,
  questionDueDays: 10,
} as const satisfies {
  periodMode: 'month' | 'quarter'
  largeExpenseFen: number
  idleSeconds: number
  questionDueDays: number
}
