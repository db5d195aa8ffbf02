/**
 * Putting restored files in place so that a power cut at any moment leaves a folder the store
 * can open: the old journal stays until the new one replaces it in one rename, documents follow
 * it (a missing document is rebuilt from the journal). What was replaced is kept, dated.
 */
import { link, mkdir, readdir, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { copyFileSynced, fsyncDir, renameWithRetry } from '../../../store/fs-safe'
import { TRIES_FILES } from '../../../api/screen-backoff-file'
import { JOURNAL } from './manifest'

/**
 * Folders inside the data folder that a restore leaves where they are, and files that are not
 * records: the folder lock, and the wrong-PIN and wrong-receipt counts with their temp copies.
 */
const KEPT = /^(replaced-|demo-backup-|\.restore|village\.lock$)/
const kept = (name: string) => KEPT.test(name) || TRIES_FILES.test(name)

/**
 * What a failed swap left behind: nothing changed, or the new journal already in place. Anything
 * else swapIn throws is a failed put-back: some old entries are still in the set-aside folder.
 */
export class SwapError extends Error {
  constructor(
    readonly reason: unknown,
    readonly completed: boolean,
  ) {
    super('swap failed', { cause: reason })
    this.name = 'SwapError'
  }
}

/** A hard link, or (FAT/exFAT has none) a copy synced before anything else moves. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch {
    await copyFileSynced(from, to)
  }
}

/** Moves the folder's data into `replaced` and the staged files in; see the file comment. */
export async function swapIn(dataDir: string, staging: string, replaced: string): Promise<void> {
  const to = join(dataDir, replaced)
  let old: string[]
  try {
    old = (await readdir(dataDir)).filter((n) => !kept(n))
    await mkdir(to)
  } catch (err) {
    throw new SwapError(err, false)
  }
  const moved: string[] = []
  // Nothing changed after all: the old files back where they were, and no dated folder left
  // to look like one a restore made.
  const putBack = async () => {
    for (const n of [...moved].reverse()) await renameWithRetry(join(to, n), join(dataDir, n))
    await unlink(join(to, JOURNAL)).catch(() => {})
    await rm(to, { recursive: true, force: true })
  }
  try {
    if (old.includes(JOURNAL)) await linkOrCopy(join(dataDir, JOURNAL), join(to, JOURNAL))
    for (const n of old) {
      if (n === JOURNAL) continue
      await renameWithRetry(join(dataDir, n), join(to, n))
      moved.push(n)
    }
    await fsyncDir(to)
    await fsyncDir(dataDir)
  } catch (err) {
    await putBack()
    throw new SwapError(err, false)
  }
  try {
    await renameWithRetry(join(staging, JOURNAL), join(dataDir, JOURNAL))
  } catch (err) {
    await putBack()
    throw new SwapError(err, false)
  }
  try {
    for (const n of await readdir(staging)) {
      await renameWithRetry(join(staging, n), join(dataDir, n))
    }
    await fsyncDir(dataDir)
  } catch (err) {
    throw new SwapError(err, true)
  }
}
