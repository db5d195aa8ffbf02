/**
 * The wrong-PIN and wrong-receipt counts kept in the data folder, so a restart (a power cut, or
 * the plug pulled on purpose) does not give a guesser a fresh start. Not records: not journaled,
 * not in backups (the leading dot keeps them out of the store's documents), and a file that
 * cannot be read only means starting from nothing. Written whole each time (temp → fsync →
 * rename): old or new.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from '../store/fs-safe'
import type { KeptFails, ScreenBackoff } from './screen-backoff'

export const RECEIPT_TRIES_FILE = '.receipt-tries.json'
export const PIN_TRIES_FILE = '.pin-tries.json'
/**
 * Both files and their temp copies (..name.tmp), and the clock mark (store/clock-seen.ts): the
 * kiosk's, not the village's records; a restore or leaving the demo leaves them in place.
 */
export const TRIES_FILES = /^\.{1,2}((receipt|pin)-tries|clock-seen)\.json/

/** Each screen backoff kept in its own file in the data folder `dir`; `flushed` waits for both. */
export async function keepBackoffs(
  dir: string,
  kept: ReadonlyArray<[ScreenBackoff, string]>,
  log?: (message: string, error: unknown) => void,
): Promise<{ flushed(): Promise<void> }> {
  const savers: Array<ReturnType<typeof keepTriesIn>> = []
  for (const [backoff, name] of kept) {
    const file = join(dir, name)
    const saver = keepTriesIn(file, log)
    backoff.keep(await readKeptTries(file), saver.save)
    savers.push(saver)
  }
  return { flushed: async () => void (await Promise.all(savers.map((s) => s.flushed()))) }
}

const isKept = (v: unknown): v is KeptFails =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  v[0].length <= 200 &&
  typeof v[1] === 'object' &&
  v[1] !== null &&
  Number.isSafeInteger((v[1] as { count: unknown }).count) &&
  (v[1] as { count: number }).count > 0 &&
  Number.isFinite((v[1] as { lastAt: unknown }).lastAt) &&
  isShares((v[1] as { by?: unknown }).by)

/** Each account's share of a screen's count, when kept: ids to whole counts. */
const isShares = (by: unknown): boolean =>
  by === undefined ||
  (typeof by === 'object' &&
    by !== null &&
    !Array.isArray(by) &&
    Object.values(by).every((n) => Number.isSafeInteger(n) && (n as number) > 0))

/** What was kept in `file`; nothing when the file is missing or not as written. */
export async function readKeptTries(file: string): Promise<KeptFails[]> {
  try {
    const v: unknown = JSON.parse(await readFile(file, 'utf8'))
    return Array.isArray(v) && v.every(isKept) ? v : []
  } catch {
    return []
  }
}

/** A saver to `file`: one write at a time, the latest counts always written last. */
export function keepTriesIn(
  file: string,
  log?: (message: string, error: unknown) => void,
): { save(entries: KeptFails[]): void; flushed(): Promise<void> } {
  let latest: KeptFails[] | null = null
  let writing: Promise<void> = Promise.resolve()
  const drain = async (): Promise<void> => {
    while (latest) {
      const entries = latest
      latest = null
      await writeFileDurable(file, JSON.stringify(entries)).catch((e: unknown) =>
        log?.('wrong-try counts not kept', e),
      )
    }
  }
  return {
    save(entries) {
      const idle = latest === null
      latest = entries
      if (idle) writing = writing.then(drain)
    },
    flushed: () => writing,
  }
}
