/** Browse a folder, read a picked file, write a made one: each only after `contain` agrees. */
import { link, open, readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import {
  DRIVE_MSG,
  DRIVE_READ_MAX_BYTES,
  type DriveEntry,
  type DriveEntryKind,
  type DriveFile,
  type DriveFolder,
} from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import { errorCode, fsyncDir, renameWithRetry } from '../../store/fs-safe'
import { turnsByKey } from '../turns'
import { closedReals, contain, containFolder, isClosed } from './contain'
import type { Reach } from './roots'
import { claimOf, driveTemp, sweepDriveTemps } from './stale-temps'

/** Rows shown for one folder; a stick with thousands of photos says how many more there are. */
export const MAX_ROWS = 500

const KINDS: Record<string, DriveEntryKind> = {
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.webp': 'image',
  '.heic': 'heic',
  '.heif': 'heic',
  '.pdf': 'pdf',
  '.xlsx': 'sheet',
  '.xls': 'sheet',
  '.xml': 'sheet',
  '.csv': 'sheet',
  '.txt': 'sheet',
  '.cwbak': 'backup',
  '.tar': 'backup',
}

/** The icon a row gets, by its name (the bytes are checked when the file is used). */
export const kindOf = (name: string): DriveEntryKind =>
  KINDS[extname(name).toLowerCase()] ?? 'other'

const collator = new Intl.Collator('zh-CN', { numeric: true })

/**
 * What Windows keeps on every stick, hidden there but not by a leading dot: never a cadre's
 * file, and System Volume Information cannot even be opened.
 */
const SYSTEM_NAMES = new Set([
  'system volume information',
  '$recycle.bin',
  'recycler',
  'recycled',
  'thumbs.db',
  'desktop.ini',
])

const isHidden = (name: string): boolean =>
  name.startsWith('.') || SYSTEM_NAMES.has(name.toLowerCase())

/** A folder's entries, or why not in Chinese: one the system refuses, or a stick gone. */
async function entriesOf(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EPERM' || code === 'EACCES') {
      throw new ApiFailure('BAD_INPUT', DRIVE_MSG.unreadable)
    }
    throw new ApiFailure('NOT_FOUND', DRIVE_MSG.gone)
  }
}

/**
 * A folder's rows: folders first, then files by name; hidden and system files, links and the
 * kiosk's own folders (which `contain` refuses to open) left out. Only the rows shown are looked
 * at one by one (their size): a phone's DCIM folder of 30,000 photos on a slow stick was 30,000
 * stat calls before the first row appeared.
 */
export async function browse(path: string, reach: Reach): Promise<DriveFolder> {
  const at = await contain(path, reach)
  const info = await stat(at.real).catch(pulledOut)
  if (!info.isDirectory()) throw new ApiFailure('BAD_INPUT', DRIVE_MSG.notFolder)
  const dirents = await entriesOf(at.real)
  // Temp copies a pulled stick kept from an earlier save here (hidden anyway: a dot name).
  await sweepDriveTemps(
    at.real,
    dirents.map((d) => d.name),
  )
  const own = await closedReals(reach.closed)
  const rows: DriveEntry[] = []
  for (const d of dirents) {
    if (isHidden(d.name) || !(d.isDirectory() || d.isFile())) continue
    if (isClosed(own, join(at.real, d.name))) continue
    rows.push({
      name: d.name,
      path: join(at.real, d.name),
      kind: d.isDirectory() ? 'folder' : kindOf(d.name),
      bytes: 0,
    })
  }
  rows.sort(
    (a, b) =>
      Number(b.kind === 'folder') - Number(a.kind === 'folder') || collator.compare(a.name, b.name),
  )
  const entries = rows.slice(0, MAX_ROWS)
  for (const row of entries) {
    if (row.kind !== 'folder')
      row.bytes = await stat(row.path).then(
        (s) => s.size,
        () => 0,
      )
  }
  return {
    path: at.real,
    trail: [at.drive.label, ...at.below],
    parent: at.below.length ? dirname(at.real) : null,
    entries,
    more: Math.max(0, rows.length - MAX_ROWS),
  }
}

/**
 * A file on a drive (a `contain`ed real path): its bytes, or null with its size when it is
 * larger than `max`; never more than `max` + 1 bytes are read, even from a file that grew after
 * its size was looked at. A stick pulled out meanwhile is refused as gone, not as a crash.
 */
export async function readOnDrive(
  real: string,
  max: number,
): Promise<{ size: number; bytes: Buffer | null }> {
  const info = await stat(real).catch(pulledOut)
  if (!info.isFile()) throw new ApiFailure('BAD_INPUT', DRIVE_MSG.notFile)
  if (info.size > max) return { size: info.size, bytes: null }
  const handle = await open(real, 'r').catch(pulledOut)
  try {
    const chunks: Buffer[] = []
    let got = 0
    while (got <= max) {
      const chunk = Buffer.alloc(Math.min(CHUNK, max + 1 - got))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, got).catch(pulledOut)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      got += bytesRead
    }
    return got > max ? { size: got, bytes: null } : { size: got, bytes: Buffer.concat(chunks, got) }
  } finally {
    await handle.close().catch(() => {})
  }
}

const CHUNK = 1024 * 1024

/** Any failure to read a file `contain` just found: the stick went away (or went bad). */
function pulledOut(): never {
  throw new ApiFailure('NOT_FOUND', DRIVE_MSG.gone)
}

/** A picked file's bytes, refused before reading when it is too big. */
export async function readPicked(path: string, reach: Reach): Promise<DriveFile> {
  const at = await contain(path, reach)
  const { bytes } = await readOnDrive(at.real, DRIVE_READ_MAX_BYTES)
  if (!bytes) throw new ApiFailure('BAD_INPUT', DRIVE_MSG.tooBig)
  return { name: basename(at.real), bytes: bytes.length, bytesBase64: bytes.toString('base64') }
}

/** The n-th name a save may take: `name`, then `name (2)` … up to `name (999)`. */
function nthName(folder: string, name: string, n: number): string {
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  return join(folder, n === 1 ? name : `${stem} (${n})${ext}`)
}

const LAST_COPY = 999

/** The first n whose name is free now (an old export is kept), refused when none is left. */
async function firstFree(folder: string, name: string, from = 1): Promise<number> {
  for (let n = from; n <= LAST_COPY; n++) {
    const taken = await stat(nthName(folder, name, n)).then(
      () => true,
      () => false,
    )
    if (!taken) return n
  }
  throw new ApiFailure('CONFLICT', DRIVE_MSG.tooManyCopies)
}

/**
 * Puts the written temp file at `target` only if no file is there (true), or leaves it (false):
 * the name is looked at and taken in one step, so a file saved there meanwhile, by another
 * program or another window, is never replaced. A hard link does it; a stick without them
 * (FAT32, exFAT) gets the name created empty, only if absent, and the temp file renamed over it,
 * with a claim beside it (see `claimOf`) while the name is empty.
 */
async function takeName(tmp: string, target: string): Promise<boolean> {
  try {
    await link(tmp, target)
    await unlink(tmp).catch(() => {})
    return true
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false
  }
  // A cut between taking the name empty and the rename would leave an empty file under the
  // export's name: the claim, on the stick first, lets the next browse finish the save.
  // A stick with no room left for the claim still takes the save, as before there were claims.
  const claim = await writeClaim(claimOf(tmp), basename(target))
  const unclaim = () => (claim ? unlink(claim).catch(() => {}) : undefined)
  try {
    await (await open(target, 'wx')).close()
  } catch (e) {
    await unclaim()
    if (errorCode(e) === 'EEXIST') return false
    throw e
  }
  try {
    await renameWithRetry(tmp, target)
  } catch (e) {
    await unlink(target).catch(() => {})
    await unclaim()
    throw e
  }
  // The name filled on the stick before the claim that explains it goes.
  await fsyncDir(dirname(target))
  await unclaim()
  return true
}

/** Writes and syncs a claim saying whose `name` is about to be taken empty; null if it can't. */
async function writeClaim(path: string, name: string): Promise<string | null> {
  try {
    const handle = await open(path, 'w')
    try {
      await handle.writeFile(name)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fsyncDir(dirname(path))
    return path
  } catch {
    await unlink(path).catch(() => {})
    return null
  }
}

/**
 * Writes into one folder at a time: a free name is looked for and taken in one turn, so two
 * saves of one export at once (a double tap on 导出, two windows) keep both files.
 */
const inTurn = turnsByKey()

/** Writes a made file into a picked folder: temp → fsync → rename → fsync folder. */
export async function writeInto(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  reach: Reach,
): Promise<string> {
  const at = await containFolder(folder, reach)
  return inTurn(at.real, () => writeFree(at.real, fileName, bytes))
}

async function writeFree(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  await sweepDriveTemps(folder)
  let n = await firstFree(folder, fileName)
  const temp = driveTemp(folder)
  const tmp = temp.path
  try {
    const handle = await open(tmp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    while (!(await takeName(tmp, nthName(folder, fileName, n)))) {
      n = await firstFree(folder, fileName, n + 1)
    }
    await fsyncDir(folder)
    return nthName(folder, fileName, n)
  } catch (e) {
    await unlink(tmp).catch(() => {})
    if (e instanceof ApiFailure) throw e
    throw new ApiFailure('STORAGE', DRIVE_MSG.writeFailed)
  } finally {
    temp.done()
  }
}
