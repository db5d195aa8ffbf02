/** The machine's clock against the journal: saves stop while it is behind the last save. */
import { z } from 'zod'
import { Id, IsoDateTime } from './common'

/** The longest backup file name a record keeps (file systems allow 255). */
export const ARCHIVE_NAME_MAX = 255

/** Whether saves are refused because the clock reads earlier than the last saved change. */
export interface ClockState {
  behind: boolean
  /** The machine's time now (ISO). */
  now: string
  /** The time the last saved change was stamped with (ISO; '' before the first save). */
  lastSavedAt: string
  /** `lastSavedAt` is a later time the kiosk has shown since that save, not a save. */
  shown?: true
}

/**
 * An admin's word that the clock is right now, though an earlier save was stamped later (the
 * clock had been set ahead): journaled, and listed on 核验 for the 监委.
 */
export const ClockFix = z
  .object({
    id: Id,
    /** When it was confirmed, by the clock confirmed right. */
    at: IsoDateTime,
    /** The admin who confirmed, by name. */
    actor: z.string().max(40),
    /** The later time the last save before it had been stamped with. */
    lastSavedAt: IsoDateTime,
    /** Set when the step came with restoring this backup (its file name, cut to 255). */
    archive: z.string().max(ARCHIVE_NAME_MAX).optional(),
    /** With `archive`: the admin said the clock was right when restoring it. */
    confirmed: z.boolean().optional(),
    /** `lastSavedAt` was a time the kiosk had shown, not a save (store/clock-seen.ts). */
    shown: z.literal(true).optional(),
  })
  .strict()
export type ClockFix = z.infer<typeof ClockFix>
