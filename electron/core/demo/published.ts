/** Workflow fields of a demo record that was signed and published on a given day. */
import type { Publication } from '../../../contract'
import { addDays, stamp } from './dates'
import type { Cast } from './members'
import type { Rng } from './rng'

/** Everything a published record carries besides its own fields. */
export type PublishedFields = Publication & { updatedAt: string }

/** Entered the day before, signed by a 监委 member at 9 on `date` (never after `today`). */
export function publishedOn(rng: Rng, cast: Cast, date: string, today: string): PublishedFields {
  const day = date < today ? date : today
  const publishedAt = stamp(day, 9, rng.int(0, 59))
  return {
    status: 'published',
    version: 1,
    createdAt: stamp(addDays(day, -1), 15),
    createdBy: cast.clerk,
    submittedAt: stamp(addDays(day, -1), 16),
    submittedBy: cast.clerk,
    publishedAt,
    publishedBy: rng.pick(cast.supervisors),
    updatedAt: publishedAt,
  }
}
