/**
 * A stick pulled out mid-save keeps the kiosk's half-written temp copy (`.<uuid>.tmp`, written by
 * `writeInto`), hidden by its dot but taking room on the stick and on any computer that shows
 * hidden files. The next browse of or save into that folder removes the kiosk's own stale ones:
 * exactly that name, a file, untouched for a minute (a save in progress in another window is not
 * stale). A stick that will not let go (write-protected, pulled again) is left as it is.
 */
import { randomUUID } from 'node:crypto'
import { readFile, readdir, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fsyncDir, renameWithRetry } from '../../store/fs-safe'

/** Temp copies this process is writing now: never stale, whatever a stick's clock says. */
const writing = new Set<string>()

/**
 * A path for the temp copy a save into `folder` writes first, held as in progress until the
 * returned `done` is called.
 */
export function driveTemp(folder: string): { path: string; done(): void } {
  const path = join(folder, `.${randomUUID()}.tmp`)
  writing.add(path)
  return { path, done: () => writing.delete(path) }
}

const DRIVE_TEMP = /^\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/

/** True for a name `driveTemp` makes: the kiosk's own temp copy, no one else's file. */
const isDriveTemp = (name: string): boolean => DRIVE_TEMP.test(name)

/**
 * The claim a save on a stick without hard links writes before it takes its name empty
 * (`.<uuid>.name` beside `.<uuid>.tmp`, holding the name): a cut between taking the name and
 * the rename leaves the name empty and the export in the temp copy, and the claim says whose.
 */
export const claimOf = (tmp: string): string => tmp.replace(/\.tmp$/, '.name')

const CLAIM = /^\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.name$/

/**
 * Finishes a stale claimed save (the temp copy renamed over its empty name), then removes the
 * claim. A claim naming anything but a plain name in this folder, or a name no longer empty,
 * only loses its claim. Returns the names finished.
 */
async function finishClaims(folder: string, names: readonly string[], now: number) {
  const finished: string[] = []
  for (const name of names) {
    const uuid = CLAIM.exec(name)?.[1]
    if (!uuid) continue
    const claim = join(folder, name)
    const tmp = join(folder, `.${uuid}.tmp`)
    if (writing.has(tmp)) continue
    const info = await stat(claim).catch(() => null)
    if (!info?.isFile() || now - info.mtimeMs < STALE_MS || info.size > 1024) continue
    try {
      const target = (await readFile(claim, 'utf8')).trim()
      const plain = target !== '' && basename(target) === target && !target.startsWith('.')
      const [made, empty] = await Promise.all([
        stat(tmp).catch(() => null),
        stat(join(folder, target)).catch(() => null),
      ])
      if (plain && made?.isFile() && empty?.isFile() && empty.size === 0) {
        // An antivirus or Explorer's preview opening the fresh name holds it a moment (Windows).
        await renameWithRetry(tmp, join(folder, target))
        // The name filled on the stick before the claim that explains it goes.
        await fsyncDir(folder)
        finished.push(target)
      }
      await unlink(claim)
    } catch {
      // Write-protected, or pulled out again: left for another time.
    }
  }
  return finished
}

/** A temp copy untouched this long is no save still in progress. */
const STALE_MS = 60_000

/**
 * Removes the kiosk's stale temp copies from `folder` (`names`: its entries when already read);
 * returns the names removed. Never fails: the folder is still browsed or saved into.
 */
export async function sweepDriveTemps(
  folder: string,
  names?: readonly string[],
): Promise<string[]> {
  const now = Date.now()
  const listed = names ?? (await readdir(folder).catch(() => [] as string[]))
  // A cut save's temp copy is the export itself: put it under its name before temps are swept.
  const finished = await finishClaims(folder, listed, now)
  const claimed = finished.length > 0 || listed.some((n) => CLAIM.test(n))
  const all = claimed ? await readdir(folder).catch(() => [] as string[]) : listed
  const removed: string[] = []
  for (const name of all.filter(isDriveTemp)) {
    const path = join(folder, name)
    // Still claimed (its name held by another program just now): the export itself, kept.
    if (writing.has(path) || all.includes(basename(claimOf(path)))) continue
    const info = await stat(path).catch(() => null)
    if (!info?.isFile() || now - info.mtimeMs < STALE_MS) continue
    try {
      await unlink(path)
      removed.push(name)
    } catch {
      // Write-protected, or pulled out again: left for another time.
    }
  }
  return removed
}
