/**
 * A power cut during a whole-file write (writeFileDurable: `.<name>.tmp`, fsync, rename) leaves
 * the temp copy beside the file, never renamed into place: the file itself is still the old one
 * (or, for a new photo, its record was never journaled). Such copies are removed at start, before
 * anything reads the folder, so they do not pile up in the folder (or on the disk) with each cut.
 * Only the temp name of a file core itself writes in that very folder: anything else in the data
 * folder (a set-aside replaced-… folder, kept evidence, a file someone put there) is not ours.
 * The folders core writes beside the data folder (the secrets, the township outbox) are swept
 * by the same rule, and a voucher-photo batch's staging folder (attachments/staging.ts) goes whole.
 */
import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ATTACHMENT_NAME } from '../../contract'
import { PIN_TRIES_FILE, RECEIPT_TRIES_FILE } from './api/screen-backoff-file'
import { ATTACHMENTS_DIR, THUMB_NAME, THUMBS_DIR } from './services/attachments/paths'
import { sweepStaging } from './services/attachments/staging'
import { DOCUMENT_NAME } from './services/data/backup/data-paths'
import { MARKER } from './services/data/backup/restore-marker'
import { SECRETS_FILES } from './secrets'
import { CLOCK_SEEN_FILE } from './store/clock-seen'
import { MARK_FILE } from './store/flush-mark'
import { errorCode, fsyncDir, tempTarget } from './store/fs-safe'
import { TOWNSHIP_STATE_DIR, writesTownshipState } from './township/console'
import { keyTempTarget } from './township/keys'
import { PACKAGE_FILE } from './township/outbox'

/** Each folder of the data folder core writes whole files into, and which names it writes. */
const ROOMS: ReadonlyArray<{ path: string; writes(name: string): boolean }> = [
  {
    path: '',
    writes: (n) =>
      DOCUMENT_NAME.test(n) ||
      [MARK_FILE, RECEIPT_TRIES_FILE, PIN_TRIES_FILE, CLOCK_SEEN_FILE, MARKER].includes(n),
  },
  { path: ATTACHMENTS_DIR, writes: (n) => ATTACHMENT_NAME.test(n) },
  { path: join(ATTACHMENTS_DIR, THUMBS_DIR), writes: (n) => THUMB_NAME.test(n) },
  { path: TOWNSHIP_STATE_DIR, writes: writesTownshipState },
]

/**
 * Removes the temp copies left in data folder `dir` and makes each removal durable; returns
 * their paths. One that cannot be removed (a locked file) is logged and left: it harms nothing.
 */
export async function sweepStrayTemps(
  dir: string,
  log?: (message: string, error: unknown) => void,
): Promise<string[]> {
  const removed: string[] = []
  for (const room of ROOMS) {
    const names = await sweepRoom(join(dir, room.path), room.writes, log)
    removed.push(...names.map((n) => join(room.path, n)))
  }
  // The photos a 全部添加 had put aside, never attached: the batch was cut off.
  removed.push(...(await sweepStaging(dir, log)))
  return removed
}

/** The folders outside the data folder core writes whole files into (see core.ts). */
export interface BesideFolders {
  /** The secrets folder (secrets.ts). */
  secrets: string
  /** The township outbox and the signing key's folder, when signing is on (township/). */
  outbox?: string
  keyDir?: string
}

/**
 * The same for the folders beside the data folder: the secrets' temp copies in the secrets
 * folder, the packages' in the outbox, the signing key's (named by process) in its folder;
 * returns their paths.
 */
export async function sweepStrayTempsBeside(
  folders: BesideFolders,
  log?: (message: string, error: unknown) => void,
): Promise<string[]> {
  const rooms: Array<[string, (name: string) => boolean, typeof tempTarget?]> = [
    [folders.secrets, (n) => SECRETS_FILES.includes(n)],
  ]
  if (folders.outbox) rooms.push([folders.outbox, (n) => PACKAGE_FILE.test(n)])
  if (folders.keyDir) rooms.push([folders.keyDir, () => true, keyTempTarget])
  const removed: string[] = []
  for (const [folder, writes, target] of rooms) {
    removed.push(...(await sweepRoom(folder, writes, log, target)).map((n) => join(folder, n)))
  }
  return removed
}

/**
 * Removes the temp copies in one folder of files `writes` names (`target` reads a temp name as
 * the file it stands for); returns their names.
 */
async function sweepRoom(
  folder: string,
  writes: (name: string) => boolean,
  log?: (message: string, error: unknown) => void,
  target = tempTarget,
): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((e: unknown) => {
    if (errorCode(e) !== 'ENOENT') log?.(`temp files not checked in ${folder}`, e)
    return []
  })
  const removed: string[] = []
  for (const e of entries) {
    const of = target(e.name)
    if (!e.isFile() || of === null || !writes(of)) continue
    try {
      await unlink(join(folder, e.name))
      removed.push(e.name)
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') log?.(`temp file not removed: ${e.name}`, err)
    }
  }
  if (removed.length) await fsyncDir(folder).catch((e: unknown) => log?.('folder not synced', e))
  return removed
}
