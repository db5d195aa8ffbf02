/**
 * Appending lines to one of the console's own append-only files (the archive, its day file),
 * crash-safe: a last line torn by a power cut mid-append is ended first, every byte is written
 * however little the disk takes at a time, and the file (a new one with its folder entry) is on
 * disk before this returns; and the folders they are kept in made so that a cut keeps them too.
 */
import { mkdir, open } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fsyncDir } from '../store/fs-safe'

const NEWLINE = Buffer.from('\n')

/** Appends `parts` (each a line or a piece of one, as the caller ends them) to `path`. */
export async function appendLines(path: string, parts: Buffer[]): Promise<void> {
  const file = await open(path, 'a+')
  try {
    // A last line torn by a power cut mid-append is ended first: glued to it, the first line
    // written now would be no line, and what it says lost.
    const { size } = await file.stat()
    if (size > 0) {
      const last = Buffer.alloc(1)
      await file.read(last, 0, 1, size - 1)
      if (last[0] !== 0x0a) parts = [NEWLINE, ...parts]
    }
    const total = parts.reduce((n, b) => n + b.length, 0)
    let written = (await file.writev(parts)).bytesWritten
    // A short write (a full disk gives an error instead) goes on where it stopped, as often as
    // the disk takes less than asked; one that takes nothing at all is an error, not a loop.
    if (written < total) {
      const rest = Buffer.concat(parts)
      while (written < total) {
        const { bytesWritten } = await file.write(rest, written, total - written)
        if (bytesWritten <= 0)
          throw Object.assign(new Error('append took no bytes'), { code: 'EIO' })
        written += bytesWritten
      }
    }
    await file.sync()
    // A file begun now (or left empty) is only there after a cut once its folder entry is too.
    if (size === 0) await fsyncDir(dirname(path))
  } finally {
    await file.close()
  }
}

/**
 * Makes `dir` (and any folder above it missing) for the console's own files, or for the kiosk's
 * outbox and export folders. A folder made now is only there after a power cut once its entry in
 * the folder above is on disk too (as a file's is, see above): each one made is synced in its
 * parent, the deepest first.
 */
export async function makeFolder(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true })
  if (first === undefined) return
  for (let made = dir; ; made = dirname(made)) {
    await fsyncDir(dirname(made))
    if (made === first || dirname(made) === made) break
  }
}
