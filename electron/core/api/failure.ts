import type { ErrorCode } from '../../../contract'

/** Thrown by services for an expected refusal; createApi turns it into a Result error. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}
