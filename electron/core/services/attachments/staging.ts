/**
 * A batch of photos put on the kiosk's disk one at a time while they are read and checked, in a
 * folder of its own beside `attachments/` (never served, never backed up), and moved into place
 * only when the whole batch passed: 200 photos of 10 MB never sit in memory at once, and a
 * refused batch leaves nothing behind. A power cut mid-batch leaves only that folder, which the
 * next start removes (stray-temps.ts); nothing of it was journaled, so nothing of it was shown.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, open, readdir, rm, rmdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ATTACHMENT_NAME } from '../../../../contract'
import { errorCode, fsyncDir, renameWithRetry } from '../../store/fs-safe'
import { ATTACHMENTS_DIR, attachmentPath } from './paths'

/** A staging folder's name in the data folder: `.photo-batch-<uuid>`. */
export const STAGING_NAME =
  /^\.photo-batch-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export interface Staging {
  /** Puts a checked file's bytes on disk (once per name) and fsyncs it. */
  put(name: string, bytes: Uint8Array): Promise<void>
  /** Moves a staged file into `attachments/`, replacing whatever is there under its name. */
  place(name: string): Promise<void>
  /** Makes the moves durable: call before journaling the records that name the files. */
  settle(): Promise<void>
  /** Removes the staging folder and whatever is left in it (always call, pass or fail). */
  drop(): Promise<void>
}

export function stage(dir: string): Staging {
  const folder = join(dir, `.photo-batch-${randomUUID()}`)
  const staged = new Set<string>()
  let placed = false
  return {
    async put(name, bytes) {
      if (!ATTACHMENT_NAME.test(name)) throw new Error(`staging: not an attachment name: ${name}`)
      if (staged.has(name)) return
      await mkdir(folder, { recursive: true })
      const handle = await open(join(folder, name), 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      staged.add(name)
    },
    async place(name) {
      await mkdir(join(dir, ATTACHMENTS_DIR), { recursive: true })
      await renameWithRetry(join(folder, name), attachmentPath(dir, name))
      staged.delete(name)
      placed = true
    },
    async settle() {
      if (placed) await fsyncDir(join(dir, ATTACHMENTS_DIR))
    },
    drop: () => rm(folder, { recursive: true, force: true }),
  }
}

/**
 * Removes the staging folders a power cut left in data folder `dir`: the attachment files in
 * each, then the folder itself; anything else in it (not ours) keeps the folder. Returns the
 * removed files' paths, relative to `dir`.
 */
export async function sweepStaging(
  dir: string,
  log?: (message: string, error: unknown) => void,
): Promise<string[]> {
  const removed: string[] = []
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const e of entries) {
    if (!e.isDirectory() || !STAGING_NAME.test(e.name)) continue
    const folder = join(dir, e.name)
    try {
      for (const f of await readdir(folder, { withFileTypes: true })) {
        if (!f.isFile() || !ATTACHMENT_NAME.test(f.name)) continue
        await unlink(join(folder, f.name))
        removed.push(join(e.name, f.name))
      }
      await rmdir(folder)
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') log?.(`photo staging not removed: ${e.name}`, err)
    }
  }
  if (removed.length) await fsyncDir(dir).catch((err: unknown) => log?.('folder not synced', err))
  return removed
}
