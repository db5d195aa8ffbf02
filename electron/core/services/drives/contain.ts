/**
 * The one check every browse, read and write passes: the real path (symlinks followed) lies
 * inside one of the listed drives, and not in one of the kiosk's own folders on it. `..`, a
 * symlink to /etc, a made-up path or the data folder on the same disk are all refused.
 */
import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, sep } from 'node:path'
import { DRIVE_MSG, type Drive } from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Closed, Reach } from './roots'

/** A path resolved inside a drive: where it really is, and the drive's own real top. */
export interface Contained {
  real: string
  drive: Drive
  top: string
  /** Folders from the drive's top down to `real` (empty at the top). */
  below: string[]
}

async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path)
  } catch {
    return null
  }
}

/** True when `child` is `parent` or below it (both real, absolute paths). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..')
}

/**
 * A kiosk's own folder, found on disk: `real` itself, or (`named`) every folder right in `real`
 * whose whole name the pattern matches, for folders made beside another with a time in their
 * name (outbox-replaced-<time>).
 */
export interface ClosedFolder {
  real: string
  named?: RegExp
}

/** The kiosk's own folders that exist now. */
export async function closedReals(closed: readonly Closed[]): Promise<ClosedFolder[]> {
  const found = await Promise.all(
    closed.map(async (entry): Promise<ClosedFolder | null> => {
      if (typeof entry === 'string') {
        const real = await realOrNull(entry)
        return real === null ? null : { real }
      }
      const real = await realOrNull(entry.beside)
      return real === null ? null : { real, named: entry.named }
    }),
  )
  return found.filter((f): f is ClosedFolder => f !== null)
}

/** True when `real` (a real, absolute path) is one of these folders or below one. */
export function isClosed(own: readonly ClosedFolder[], real: string): boolean {
  return own.some(({ real: folder, named }) => {
    if (!isWithin(folder, real)) return false
    if (named === undefined) return true
    const first = relative(folder, real).split(sep)[0]!
    return first !== '' && named.test(first)
  })
}

/**
 * Resolves `path` and finds its drive, or refuses in Chinese without touching anything;
 * `outside` and `gone` are the refusals' words (a door that writes says 只能存到…).
 */
export async function contain(
  path: string,
  reach: Reach,
  outside: string = DRIVE_MSG.outside,
  gone: string = DRIVE_MSG.gone,
): Promise<Contained> {
  if (!isAbsolute(path) || path.includes('\0')) {
    throw new ApiFailure('BAD_INPUT', outside)
  }
  const real = await realOrNull(path)
  if (!real) throw new ApiFailure('NOT_FOUND', gone)
  if (isClosed(await closedReals(reach.closed), real)) {
    throw new ApiFailure('FORBIDDEN', outside)
  }
  for (const drive of reach.drives) {
    const top = await realOrNull(drive.path)
    if (!top || !isWithin(top, real)) continue
    const rel = relative(top, real)
    return { real, drive, top, below: rel ? rel.split(sep) : [] }
  }
  throw new ApiFailure('FORBIDDEN', outside)
}

/** A folder on a drive (`contain`ed, and a folder): where it really is, or refused in Chinese. */
export async function containFolder(
  path: string,
  reach: Reach,
  outside: string = DRIVE_MSG.outside,
  gone: string = DRIVE_MSG.gone,
): Promise<Contained> {
  const at = await contain(path, reach, outside, gone)
  const info = await stat(at.real).catch(() => {
    throw new ApiFailure('NOT_FOUND', gone)
  })
  if (!info.isDirectory()) throw new ApiFailure('BAD_INPUT', DRIVE_MSG.notFolder)
  return at
}

/**
 * The folder picked for a door that writes (a backup, 导出给乡镇), refused in that door's words:
 * off the drives, or gone since it was picked (deleted, or its stick pulled).
 */
export const containSaveFolder = (path: string, reach: Reach): Promise<Contained> =>
  containFolder(path, reach, DRIVE_MSG.saveOutside, DRIVE_MSG.saveGone)
