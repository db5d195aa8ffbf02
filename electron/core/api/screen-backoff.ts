/**
 * Wrong PINs slow down the screen they were typed on, for every account: the roster is public,
 * so counting only per account would let anyone at the kiosk lock the 监委 out at will. Wrong
 * receipts slow it down the same way, by their own rule (RECEIPT_RULE).
 */
import { screenOf } from './screen'

/** Wrong PINs on one screen before it starts to wait (a typo or two costs nothing). */
export const FREE_FAILS = 2
const FIRST_WAIT_MS = 5_000
/** The longest a screen waits between tries: slow for a guesser, bearable for a cadre. */
export const LONGEST_WAIT_MS = 2 * 60_000
/** A screen with no wrong PIN for this long starts again from zero. */
const FORGET_MS = 15 * 60_000
const MAX_SCREENS = 500

interface ScreenFails {
  count: number
  lastAt: number
  /** Of `count`, the wrong PINs typed for each account (by id): a right PIN forgives only its own. */
  by?: Record<string, number>
}

/** One screen's count as kept on disk: [screen, { count, lastAt (epoch ms) }]. */
export type KeptFails = [screen: string, fails: ScreenFails]

/** How a screen is slowed down after wrong tries: how many are free, the longest wait, when forgotten. */
export interface BackoffRule {
  free: number
  longestMs: number
  forgetMs: number
}

/** Wrong PINs: a typo or two is free; at most 2 min between tries; 15 quiet minutes forget. */
export const PIN_RULE: BackoffRule = {
  free: FREE_FAILS,
  longestMs: LONGEST_WAIT_MS,
  forgetMs: FORGET_MS,
}

/**
 * Wrong receipts (查进度, 评价): a villager mistypes a few, a guesser goes on. A receipt has no
 * account to lock, so the screen itself holds out longer (up to 10 min between tries) and
 * forgets only after a day: a device left on the USB port gets about 150 tries a day, not 700.
 */
export const RECEIPT_RULE: BackoffRule = {
  free: 5,
  longestMs: 10 * 60_000,
  forgetMs: 24 * 60 * 60_000,
}

/** Milliseconds a screen waits after its `count`-th wrong try in a row: 5 s, 10 s, 20 s … */
export function waitAfter(count: number, rule: BackoffRule = PIN_RULE): number {
  if (count <= rule.free) return 0
  return Math.min(FIRST_WAIT_MS * 2 ** (count - rule.free - 1), rule.longestMs)
}

/** The refusal while a screen waits, with the whole seconds left. */
export function waitMessage(seconds: number): string {
  return `这台触摸屏上密码输错的次数较多，请等 ${seconds} 秒再试`
}

/** The same for receipts (查进度 and 评价 by receipt). */
export function receiptWaitMessage(seconds: number): string {
  return `这台触摸屏上回执号输错的次数较多，请等 ${seconds} 秒再试`
}

/**
 * Per-screen wrong-try counts: wrong PINs (PIN_RULE) or wrong receipts (RECEIPT_RULE). Core keeps
 * them on disk too (`keep`), so a restart does not start a screen over.
 */
export class ScreenBackoff {
  private readonly screens = new Map<string, ScreenFails>()
  private save?: (entries: KeptFails[]) => void

  constructor(
    private readonly now: () => Date,
    private readonly rule: BackoffRule = PIN_RULE,
  ) {}

  private current(caller: string): ScreenFails | null {
    const s = this.screens.get(screenOf(caller))
    if (!s) return null
    // The clock went back (put right after running ahead): count the wait from now, so a screen
    // never waits longer than its longest wait.
    if (this.now().getTime() < s.lastAt) s.lastAt = this.now().getTime()
    if (this.now().getTime() - s.lastAt >= this.rule.forgetMs) {
      this.screens.delete(screenOf(caller))
      return null
    }
    return s
  }

  /** Milliseconds this screen must still wait before the next try is checked (0: go ahead). */
  waitMs(caller: string): number {
    const s = this.current(caller)
    if (!s) return 0
    return Math.max(0, s.lastAt + waitAfter(s.count, this.rule) - this.now().getTime())
  }

  /** Counts one wrong try on this screen, typed for `account` (an id) when it is one. */
  failed(caller: string, account?: string): void {
    const s = this.current(caller)
    this.screens.delete(screenOf(caller))
    // Bounded: a screen that has not failed lately is the first to be forgotten.
    if (this.screens.size >= MAX_SCREENS) this.screens.delete(this.screens.keys().next().value!)
    const by = { ...s?.by }
    if (account) by[account] = (by[account] ?? 0) + 1
    const next: ScreenFails = { count: (s?.count ?? 0) + 1, lastAt: this.now().getTime() }
    this.screens.set(screenOf(caller), Object.keys(by).length ? { ...next, by } : next)
    this.save?.([...this.screens])
  }

  /**
   * Starts from the counts kept before a restart (`kept`) and hands every new count to `save`,
   * so pulling the plug does not wipe a guesser's wait.
   */
  keep(kept: readonly KeptFails[], save: (entries: KeptFails[]) => void): void {
    for (const [screen, fails] of kept.slice(-MAX_SCREENS)) this.screens.set(screen, { ...fails })
    this.save = save
  }

  /**
   * A right PIN for `account` on this screen forgives the wrong ones typed for that account (a
   * cadre's own typos), not those typed for others: a clerk who logs in to her own account
   * between guesses at the 监委's PIN keeps waiting. Receipts never call this.
   */
  succeeded(caller: string, account: string): void {
    const s = this.current(caller)
    const own = s?.by?.[account]
    if (!s || !own) return
    const { [account]: _forgiven, ...rest } = s.by!
    if (s.count - own <= 0) this.screens.delete(screenOf(caller))
    else {
      const left: ScreenFails = { count: s.count - own, lastAt: s.lastAt }
      this.screens.set(screenOf(caller), Object.keys(rest).length ? { ...left, by: rest } : left)
    }
    this.save?.([...this.screens])
  }
}
