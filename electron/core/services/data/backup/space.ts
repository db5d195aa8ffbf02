/** Refusing a backup or restore up front when the disk is too small, in words an admin can act on. */
import { statfs as fsStatfs } from 'node:fs/promises'
import { BackupProblem } from './manifest'

/** What the check needs from the file system (injected in tests). */
export type StatFs = (dir: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>

/** Plain size words: 1.5 GB, 320 MB, 12 KB. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`
  if (bytes >= 1024 ** 2) return `${Math.ceil(bytes / 1024 ** 2)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}

/** Throws a Chinese refusal naming both sizes when `dir` has less than `needed` bytes free. */
export async function checkSpace(
  dir: string,
  needed: number,
  where: string,
  statfs: StatFs = fsStatfs,
): Promise<void> {
  const s = await statfs(dir)
  const free = Number(s.bavail) * Number(s.bsize)
  if (free < needed) {
    throw new BackupProblem(
      `${where}空间不够：这次需要约 ${sizeWords(needed)}，现在只剩 ${sizeWords(free)}。` +
        '请换一个空间更大的 U 盘，或先删掉不要的文件，什么都没有改动',
    )
  }
}
