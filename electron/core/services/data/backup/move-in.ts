/**
 * Moving one folder's entries into another without deleting anything in the way: a name the
 * destination lacks is renamed in, two folders of the same name are merged, and anything else
 * (a file already there) is left where it was and named in the answer, for the caller to judge.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, renameWithRetry } from '../../../store/fs-safe'

const kindOf = (p: string) =>
  stat(p).then(
    (s) => (s.isDirectory() ? 'dir' : 'file'),
    () => null,
  )

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
    } else {
      left.push(n)
    }
  }
  if (moved) await fsyncDir(to)
  return left
}
