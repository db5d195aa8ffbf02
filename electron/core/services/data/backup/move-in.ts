/**
 * Moving one folder's entries into another without deleting anything in the way: a name the
 * destination lacks is renamed in, two folders of the same name are merged, a file the same byte
 * for byte as the one there is dropped (nothing is lost), and anything else (a different file
 * already there) is left where it was and named in the answer, for the caller to judge.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rm, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, renameWithRetry } from '../../../store/fs-safe'

const kindOf = (p: string) =>
  stat(p).then(
    (s) => (s.isDirectory() ? 'dir' : 'file'),
    () => null,
  )

/** The file's sha256, read as a stream (a photo can be large). */
const hashOf = (p: string) =>
  new Promise<string>((resolve, reject) => {
    const h = createHash('sha256')
    createReadStream(p)
      .on('error', reject)
      .on('data', (b) => h.update(b))
      .on('end', () => resolve(h.digest('hex')))
  })

/** Whether two files hold the same bytes (any read error: not known to be the same). */
async function sameBytes(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)])
    if (!sa.isFile() || !sb.isFile() || sa.size !== sb.size) return false
    const [ha, hb] = await Promise.all([hashOf(a), hashOf(b)])
    return ha === hb
  } catch {
    return false
  }
}

/**
 * Moves every entry of `from` into `to` (skipping `skip` at the top); returns the paths (relative
 * to `from`, with `/`) left in `from` because `to` already had them. Each folder written is synced.
 */
export async function moveIn(from: string, to: string, skip = ''): Promise<string[]> {
  const left: string[] = []
  let moved = false
  for (const n of await readdir(from).catch(() => [] as string[])) {
    if (n === skip) continue
    const src = join(from, n)
    const dest = join(to, n)
    const there = await kindOf(dest)
    if (there === null) {
      await renameWithRetry(src, dest)
      moved = true
    } else if (there === 'dir' && (await kindOf(src)) === 'dir') {
      for (const p of await moveIn(src, dest)) left.push(`${n}/${p}`)
    } else if (await sameBytes(src, dest)) {
      // The same file is in place (a document the store wrote again from the same journal): a
      // list of what is kept names only what really differs.
      await rm(src, { force: true })
    } else {
      left.push(n)
    }
  }
  if (moved) await fsyncDir(to)
  return left
}
