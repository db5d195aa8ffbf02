/** What every public detail view says about a record's version, so corrections stay visible. */

/** 已更正 on the public page: when it was published, by whom, and which version it replaced. */
export interface Revision {
  version: number
  publishedAt: string
  /** Name of the 监委 member who signed it ('' when unknown). */
  publishedBy: string
  /** Set when this version corrects an earlier one: why, and the earlier version's id. */
  correction?: { reason: string; earlierId: string }
  /** Set on an earlier version that a published correction replaced. */
  replacedBy?: string
}
