/**
 * One backup: read the data folder at a journal head, write one archive under a temp name, fsync,
 * read it back and check every hash, and only then give it its real name. A failed or partial
 * backup is removed and reported; it never sits in the folder looking good.
 */
import { open, readFile, stat, unlink } from 'node:fs/promises'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupCreated } from '../../../../../contract/schemas/data-backup'
import { fsyncDir, renameWithRetry } from '../../../store/fs-safe'
import { collectDataFiles } from './collect'
import { withDataLock } from './lock'
import { placeProblem } from './errors'
import { BackupProblem, buildArchive, openArchive } from './manifest'
import { archiveName, summaryOf } from './summary'
import { sha256Hex } from '../../../store/canonical'

export interface CreateOptions {
  dataDir: string
  targetDir: string
  now: Date
  automatic: boolean
  onProgress?: (step: string, done: number, total: number) => void
}

/** True when `inner` is `outer` or inside it. */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(resolve(outer), resolve(inner))
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

async function assertFolder(dir: string, dataDir: string): Promise<void> {
  if (!isAbsolute(dir)) throw new BackupProblem('请填写完整的文件夹位置（例如 E:\\ 或 /media/u盘）')
  if (isInside(dataDir, dir))
    throw new BackupProblem('不能把备份放在数据文件夹里面，请选择 U 盘或其他文件夹')
  const info = await stat(dir).catch((e: unknown) => {
    throw new BackupProblem(`无法使用这个位置：${placeProblem(e)}`)
  })
  if (!info.isDirectory()) throw new BackupProblem('这个位置不是文件夹')
}

async function freeName(dir: string, name: string): Promise<string> {
  for (let i = 2; ; i++) {
    const exists = await stat(join(dir, name)).then(
      () => true,
      () => false,
    )
    if (!exists) return name
    name = name.replace(/(-\d+)?\.tar$/, `-${i}.tar`)
  }
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes and verifies one archive in `targetDir`; throws a BackupProblem on any failure. */
export function createBackup(o: CreateOptions): Promise<BackupCreated> {
  return withDataLock(o.dataDir, () => create(o))
}

async function create(o: CreateOptions): Promise<BackupCreated> {
  const say = o.onProgress ?? (() => {})
  await assertFolder(o.targetDir, o.dataDir)
  say('正在读取数据', 0, 3)
  const files = await collectDataFiles(o.dataDir)
  const { bytes, manifest } = buildArchive(files, {
    createdAt: o.now.toISOString(),
    automatic: o.automatic,
  })
  const name = await freeName(o.targetDir, archiveName(o.now, manifest.journal.seq, o.automatic))
  const tmp = join(o.targetDir, `.${name}.partial`)
  const final = join(o.targetDir, name)
  try {
    say('正在写入备份', 1, 3)
    await writeSynced(tmp, bytes)
    say('正在核对备份', 2, 3)
    const back = await readFile(tmp)
    if (sha256Hex(back) !== sha256Hex(bytes))
      throw new BackupProblem('写入后读回的内容与原数据不一致')
    openArchive(back)
    await renameWithRetry(tmp, final)
    await fsyncDir(o.targetDir)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    const why = err instanceof BackupProblem ? err.message : placeProblem(err)
    throw new BackupProblem(`备份没有完成：${why}。这次的备份不能用，请检查 U 盘或换一个位置后重试`)
  }
  say('备份完成', 3, 3)
  return { ...summaryOf(final, manifest, bytes.length), verified: true }
}
