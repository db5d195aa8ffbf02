/** Account changes as 核验 lists them, and the public word when a 监委 account changed unconfirmed. */
import { z } from 'zod'
import { Id, IsoDateTime } from './common'

/** What happened to an account, in one word the screen turns into Chinese. */
export const AccountEventKind = z.enum(['create', 'update', 'password', 'unlock', 'locked'])
export type AccountEventKind = z.infer<typeof AccountEventKind>

/** One account change, journaled with the account itself; no hash, no PIN (a restore checks it). */
export const AccountEvent = z
  .object({
    id: Id,
    at: IsoDateTime,
    /** Who did it: an admin, the account holder, or null for the system (a lock). */
    actor: z.string().max(40).nullable(),
    accountId: Id,
    /** The account's name after the change. */
    account: z.string().max(40),
    kind: AccountEventKind,
    /** What changed, already in plain words, e.g. "角色：录入员 → 监委". */
    changes: z.array(z.string().max(200)).max(20),
    /** The change touched a 监委 account (it was, or became, an active 监委). */
    supervisor: z.boolean(),
    /** The other 监委 member who confirmed with their own PIN on the same screen. */
    witness: z.string().max(40).optional(),
    /** No other 监委 could confirm, so the public screens say 监委账号已变更 with the date. */
    shownPublicly: z.boolean(),
  })
  .strict()
export type AccountEvent = z.infer<typeof AccountEvent>

/** The public word: the latest 监委 account change no other 监委 member confirmed. */
export interface SupervisorChangeNotice {
  /** The village's calendar day of the change, YYYY-MM-DD. */
  date: string
  /** Within the last 30 days: the home screen shows it too. */
  recent: boolean
}

/** Lifts an account's lock without changing anything else. */
export const UnlockInput = z.object({ id: Id }).strict()

/** How long this screen must wait before the next PIN (or receipt, 查进度) is checked. */
export interface LoginWait {
  seconds: number
}
