/**
 * Reading one of the console's own files of a village whole (its archive, its day file), never
 * past a cap: one grown past anything the console writes (filled by hand, a disk fault) is left
 * unread, so it cannot use up the machine's memory on every open; folder-job.ts says so on the
 * village's row.
 */
import { open, stat } from 'node:fs/promises'

/** No package comes near this: a village's first, with ten years of journal hashes, is a few MB. */
export const PACKAGE_MAX_BYTES = 64 * 1024 * 1024

/** The file's bytes; null when it cannot be read or is larger than `max`. */
export async function readCapped(file: string, max: number): Promise<Buffer | null> {
  let handle
  try {
    handle = await open(file, 'r')
    if ((await handle.stat()).size > max) return null
    const bytes = await handle.readFile()
    // Grown between the two (the console is the only writer, so hardly): still never past it.
    return bytes.length > max ? null : bytes
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}

/** Whether the file is there and larger than `max`. */
export const isOver = (file: string, max: number): Promise<boolean> =>
  stat(file).then(
    (s) => s.isFile() && s.size > max,
    () => false,
  )
