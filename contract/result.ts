/** Errors are data across the boundary: stable codes for tests, Chinese messages for people. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'RATE_LIMITED',
  'STORAGE',
  'INTERNAL',
  /** Core's process is starting again; nothing was done, asking again is safe. */
  'RESTARTING',
  /** Core's process died during the call; it may have been done, so look before redoing it. */
  'INTERRUPTED',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  /** Chinese, plain words, fit to show a villager or cadre as is. */
  message: string
  /** Per-field Chinese messages for forms (path joined with '.'). */
  fields?: Record<string, string>
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>) =>
  ({ ok: false, error: fields ? { code, message, fields } : { code, message } }) as const
