/**
 * The wrong-receipt counts kept in the data folder, so a restart (a power cut, or the plug pulled
 * on purpose) does not give a guesser a fresh start. Not a record: not journaled, not in backups
 * (the leading dot keeps it out of the store's documents), and a file that cannot be read only
 * means starting from nothing. Written whole each time (temp → fsync → rename): old or new.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from '../store/fs-safe'
import type { KeptFails } from './screen-backoff'

export const RECEIPT_TRIES_FILE = '.receipt-tries.json'

const isKept = (v: unknown): v is KeptFails =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  v[0].length <= 200 &&
  typeof v[1] === 'object' &&
  v[1] !== null &&
  Number.isSafeInteger((v[1] as { count: unknown }).count) &&
  (v[1] as { count: number }).count > 0 &&
  Number.isFinite((v[1] as { lastAt: unknown }).lastAt)

/** What was kept in `dir`; nothing when the file is missing or not as written. */
export async function readKeptTries(dir: string): Promise<KeptFails[]> {
  try {
    const v: unknown = JSON.parse(await readFile(join(dir, RECEIPT_TRIES_FILE), 'utf8'))
    return Array.isArray(v) && v.every(isKept) ? v : []
  } catch {
    return []
  }
}

/** A saver for `dir`: one write at a time, the latest counts always written last. */
export function keepTriesIn(
  dir: string,
  log?: (message: string, error: unknown) => void,
): { save(entries: KeptFails[]): void; flushed(): Promise<void> } {
  let latest: KeptFails[] | null = null
  let writing: Promise<void> = Promise.resolve()
  const drain = async (): Promise<void> => {
    while (latest) {
      const entries = latest
      latest = null
      await writeFileDurable(join(dir, RECEIPT_TRIES_FILE), JSON.stringify(entries)).catch(
        (e: unknown) => log?.('wrong-receipt counts not kept', e),
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
