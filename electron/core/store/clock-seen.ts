/**
 * The latest time this kiosk has shown anyone, kept on disk: a save is refused while the clock
 * is well behind it, as it is behind the last save (clock-behind.ts). A kiosk often goes a week
 * without a save while villagers read it daily; without this mark, a clock set back into that
 * quiet week would let a 公示 be signed "six days ago" (one day left to object once the clock is
 * put right) or an overdue 质询 be answered "on time". Not a record: not journaled, not in
 * backups (the leading dot), kept in place by a restore; a file that cannot be read is none.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from './fs-safe'

export const CLOCK_SEEN_FILE = '.clock-seen.json'
/** The mark is written at most this often while it moves (and on close). */
const WRITE_EVERY_MS = 10 * 60_000

/** What the store reads: the mark (epoch ms, 0: none), and its reset by the admin's word. */
export interface ClockSeen {
  at(): number
  /** The admin confirmed the clock is right at `ms`: the mark starts again from there. */
  reset(ms: number): void
}

/** The mark of folder `dir`: `saw` moves it on each call core answers. */
export async function keepClockSeen(
  dir: string,
  log?: (message: string, error: unknown) => void,
): Promise<ClockSeen & { saw(now: Date): void; flushed(): Promise<void> }> {
  const file = join(dir, CLOCK_SEEN_FILE)
  let at = await readFile(file, 'utf8')
    .then((t) => (JSON.parse(t) as { at?: unknown }).at)
    .then((v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0))
    .catch(() => 0)
  let written = at
  let writing: Promise<void> = Promise.resolve()
  const write = () => {
    written = at
    const body = JSON.stringify({ at })
    writing = writing
      .then(() => writeFileDurable(file, body))
      .catch((e: unknown) => log?.('clock mark not kept', e))
  }
  return {
    at: () => at,
    reset(ms) {
      at = ms
      write()
    },
    saw(now) {
      const t = now.getTime()
      if (t <= at) return
      at = t
      if (at - written >= WRITE_EVERY_MS) write()
    },
    flushed() {
      if (at !== written) write()
      return writing
    },
  }
}
