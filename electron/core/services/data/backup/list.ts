/** The archives in a folder, read from their manifests only (a full check is backup.inspect). */
import { open, readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  BackupCheck,
  BackupListing,
  BackupSummary,
} from '../../../../../contract/schemas/data-backup'
import { placeProblem } from './errors'
import { BackupProblem, openArchive, type Manifest } from './manifest'
import { ARCHIVE_NAME, summaryOf } from './summary'

/** The first tar entry (the manifest) without reading the whole archive. */
async function readManifest(path: string): Promise<Manifest> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(512)
    await handle.read(head, 0, 512, 0)
    const size = parseInt(head.toString('latin1', 124, 136).replace(/\0/g, '').trim() || '0', 8)
    if (head.toString('latin1', 0, 13) !== 'manifest.json' || !(size > 0 && size < 50_000_000)) {
      throw new BackupProblem('不是村务公开的备份文件')
    }
    const body = Buffer.alloc(size)
    await handle.read(body, 0, size, 512)
    return JSON.parse(body.toString('utf8')) as Manifest
  } finally {
    await handle.close()
  }
}

/** Every archive of ours in `dir`, newest first; unreadable ones are named with why. */
export async function listBackups(dir: string): Promise<BackupListing> {
  const names = await readdir(dir).catch((e: unknown) => {
    throw new BackupProblem(`无法打开这个文件夹：${placeProblem(e)}`)
  })
  const archives: BackupSummary[] = []
  const unreadable: BackupListing['unreadable'] = []
  for (const name of names.filter(
    (n) => ARCHIVE_NAME.test(n) || (n.endsWith('.tar') && !n.startsWith('.')),
  )) {
    const path = join(dir, name)
    try {
      const manifest = await readManifest(path)
      archives.push(summaryOf(path, manifest, (await stat(path)).size))
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

/** A full check of one archive (every hash, the chain), changing nothing. */
export async function inspectBackup(path: string): Promise<BackupCheck> {
  try {
    const bytes = await readFile(path).catch((e: unknown) => {
      throw new BackupProblem(`无法读取备份文件：${placeProblem(e)}`)
    })
    const { manifest } = openArchive(bytes)
    return { ok: true, summary: summaryOf(path, manifest, bytes.length) }
  } catch (e) {
    if (!(e instanceof BackupProblem)) throw e
    return { ok: false, path, message: e.message, ...(e.file ? { file: e.file } : {}) }
  }
}
