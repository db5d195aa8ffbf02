/**
 * The one check every browse, read and write passes: the real path (symlinks followed) lies
 * inside one of the listed drives. `..`, a symlink to /etc or a made-up path are all refused.
 */
import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, sep } from 'node:path'
import { DRIVE_MSG, type Drive } from '../../../../contract'
import { ApiFailure } from '../../api/failure'

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

/** Resolves `path` and finds its drive, or refuses in Chinese without touching anything. */
export async function contain(path: string, drives: Drive[]): Promise<Contained> {
  if (!isAbsolute(path) || path.includes('\0')) {
    throw new ApiFailure('BAD_INPUT', DRIVE_MSG.outside)
  }
  const real = await realOrNull(path)
  if (!real) throw new ApiFailure('NOT_FOUND', DRIVE_MSG.gone)
  for (const drive of drives) {
    const top = await realOrNull(drive.path)
    if (!top || !isWithin(top, real)) continue
    const rel = relative(top, real)
    return { real, drive, top, below: rel ? rel.split(sep) : [] }
  }
  throw new ApiFailure('FORBIDDEN', DRIVE_MSG.outside)
}
