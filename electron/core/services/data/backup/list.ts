/** The archives in a folder, read from their headers only (a full check is backup.inspect). */
import { readdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type {
  BackupCheck,
  BackupListing,
  BackupSummary,
} from '../../../../../contract/schemas/data-backup'
import type { Secrets } from '../../../secrets'
import { keyFor, NeedsCode, openBody, readHeader } from './archive'
import { extractAttachment } from './attach-store'
import { placeProblem } from './errors'
import { BackupProblem } from './manifest'
import { ARCHIVE_NAME, summaryOf } from './summary'

/** Every archive of ours in `dir`, newest first; unreadable ones are named with why. */
export async function listBackups(dir: string): Promise<BackupListing> {
  const names = await readdir(dir).catch((e: unknown) => {
    throw new BackupProblem(`无法打开这个文件夹：${placeProblem(e)}`)
  })
  const archives: BackupSummary[] = []
  const unreadable: BackupListing['unreadable'] = []
  for (const name of names.filter(
    (n) => ARCHIVE_NAME.test(n) || (/\.(cwbak|tar)$/.test(n) && !n.startsWith('.')),
  )) {
    const path = join(dir, name)
    try {
      if (name.endsWith('.tar')) {
        throw new BackupProblem('这是旧版程序做的未加密备份，本版只恢复加密的备份（.cwbak）')
      }
      archives.push(summaryOf(path, await readHeader(path), (await stat(path)).size))
    } catch (e) {
      unreadable.push({
        fileName: name,
        message: e instanceof BackupProblem ? e.message : '无法读取',
      })
    }
  }
  archives.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return { dir, archives, unreadable }
}

/** A full check of one archive (seal, every hash, the chain, every attachment), changing nothing. */
export async function inspectBackup(
  path: string,
  secrets: Secrets,
  code?: string,
): Promise<BackupCheck> {
  try {
    const size = await stat(path).then(
      (s) => s.size,
      (e: unknown) => {
        throw new BackupProblem(`无法读取备份文件：${placeProblem(e)}`)
      },
    )
    const header = await readHeader(path).catch((e: unknown) => {
      throw e instanceof BackupProblem
        ? e
        : new BackupProblem(`无法读取备份文件：${placeProblem(e)}`)
    })
    const key = await keyFor(header, secrets, code)
    await openBody(path, header, key)
    for (const ref of header.attachments) await extractAttachment(dirname(path), ref, key, null)
    return { ok: true, summary: summaryOf(path, header, size) }
  } catch (e) {
    if (!(e instanceof BackupProblem)) throw e
    return {
      ok: false,
      path,
      message: e.message,
      ...(e.file ? { file: e.file } : {}),
      ...(e instanceof NeedsCode ? { needsCode: true as const } : {}),
    }
  }
}
