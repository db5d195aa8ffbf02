/** The `t` of renderer/src/i18n as plain functions that build facts text need it (keeps them testable). */
export type Translate = (key: string, named?: Record<string, unknown>) => string
