/**
 * One backup: read the data folder at a journal head, check the target has room, copy the
 * attachments it does not hold whole yet (sealed, by hash; those it holds are unsealed and
 * hashed before they are shared), write one sealed archive under a temp name, fsync, read it
 * and the new attachments back through the seal, and only then give it its real name. A failed
 * or partial backup is removed and reported; it never sits in the folder looking good.
 */
import { createHash, randomBytes } from 'node:crypto'
import { stat, unlink } from 'node:fs/promises'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupCreated } from '../../../../../contract/schemas/data-backup'
import { DRIVE_MSG } from '../../../../../contract/schemas/drives'
import type { ArchiveKey, Secrets } from '../../../secrets'
import { errorCode, fsyncDir, renameWithRetry } from '../../../store/fs-safe'
import { maskPublicOutput } from '../../public-mask'
import type { ArchiveHeader } from './archive'
import {
  extractAttachment,
  isStoredWhole,
  refFor,
  storeAttachment,
  syncStore,
  type AttachmentRef,
} from './attach-store'
import { collectDataFiles } from './collect'
import { withDataLock } from './lock'
import { placeProblem } from './errors'
import { BackupProblem, buildArchive, FORMAT } from './manifest'
import { openSealed, SealError, sealedSize, writeSealed } from './seal'
import { checkSpace, type StatFs } from './space'
import { archiveName, summaryOf } from './summary'

export interface CreateOptions {
  dataDir: string
  targetDir: string
  now: Date
  automatic: boolean
  /** This machine's secrets folder: the archive key and the PIN pepper. */
  secrets: Secrets
  /** The free-space probe (tests inject one). */
  statfs?: StatFs
  onProgress?: (step: string, done: number, total: number) => void
  /**
   * Settles the documents written behind the journal before they are read, so the sealed
   * header names the village (and the files hold) what was just saved, e.g. right after setup.
   */
  flush?: () => Promise<unknown>
}

/** True when `inner` is `outer` or inside it. */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(resolve(outer), resolve(inner))
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

async function assertFolder(dir: string, dataDir: string, automatic: boolean): Promise<void> {
  if (!isAbsolute(dir)) throw new BackupProblem('请填写完整的文件夹位置（例如 E:\\ 或 /media/u盘）')
  if (isInside(dataDir, dir))
    throw new BackupProblem('不能把备份放在数据文件夹里面，请选择 U 盘或其他文件夹')
  const info = await stat(dir).catch((e: unknown) => {
    // A picked folder gone since the browser's check (the stick pulled): that check's words.
    if (!automatic && errorCode(e) === 'ENOENT') throw new BackupProblem(DRIVE_MSG.saveGone)
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
    name = name.replace(/(-\d+)?\.cwbak$/, `-${i}.cwbak`)
  }
}

/** The archive key, made on the first automatic backup; a manual one needs a recovery code. */
async function archiveKeyFor(secrets: Secrets, automatic: boolean, now: Date): Promise<ArchiveKey> {
  const key = await secrets.archiveKey()
  if (key?.recovery || (key && automatic)) return key
  if (!automatic) {
    throw new BackupProblem('还没有恢复码：请先点“生成恢复码”，打印出来收好，再做备份')
  }
  return secrets.saveArchiveKey(randomBytes(32), undefined, now.toISOString())
}

async function* chunksOf(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20))
}

/** Writes and verifies one archive in `targetDir`; throws a BackupProblem on any failure. */
export function createBackup(o: CreateOptions): Promise<BackupCreated> {
  return withDataLock(o.dataDir, () => create(o))
}

async function create(o: CreateOptions): Promise<BackupCreated> {
  const say = o.onProgress ?? (() => {})
  await assertFolder(o.targetDir, o.dataDir, o.automatic)
  const key = await archiveKeyFor(o.secrets, o.automatic, o.now)
  say('正在读取数据', 0, 4)
  await o.flush?.()
  const { files, attachments } = await collectDataFiles(o.dataDir)
  const ring = await o.secrets.peppers()
  const pepper = Buffer.from(
    JSON.stringify([...ring.byId.values()].map((p) => p.toString('base64'))),
  )
  const { bytes, manifest } = buildArchive(
    files,
    { createdAt: o.now.toISOString(), automatic: o.automatic },
    [{ path: 'pepper.json', data: pepper }],
  )
  const refs = await Promise.all(attachments.map((p) => refFor(o.dataDir, p, key.keyId)))
  // Those already on the target are shared only once unsealed and hashed; a damaged one is
  // sealed afresh (a temp name, then renamed over it), which mends older archives sharing it.
  const missing: AttachmentRef[] = []
  for (const [i, r] of refs.entries()) {
    say(`正在核对备份位置已有的附件（${i + 1}/${refs.length}）`, 0, 4)
    if (!(await isStoredWhole(o.targetDir, r, key))) missing.push(r)
  }
  const needed =
    sealedSize(bytes.length, 64 * 1024 + refs.length * 200) +
    missing.reduce((n, r) => n + sealedSize(r.size, 200), 0) +
    1024 * 1024
  await checkSpace(o.targetDir, needed, 'U 盘或备份文件夹', o.statfs).catch((e: unknown) => {
    throw e instanceof BackupProblem ? e : new BackupProblem(`无法使用这个位置：${placeProblem(e)}`)
  })
  const header: ArchiveHeader = {
    format: FORMAT,
    version: 2,
    createdAt: manifest.createdAt,
    automatic: o.automatic,
    // Plain text on the stick, read without the key: named as the public screen names it (the
    // manifest inside the sealed body keeps the name whole).
    villageName: maskPublicOutput(manifest.villageName),
    journal: manifest.journal,
    files: manifest.files.length,
    keyId: key.keyId,
    ...(key.recovery ? { recovery: key.recovery } : {}),
    attachments: refs,
  }
  const name = await freeName(o.targetDir, archiveName(o.now, manifest.journal.seq, o.automatic))
  const tmp = join(o.targetDir, `.${name}.partial`)
  const final = join(o.targetDir, name)
  let written: number
  try {
    for (const [i, r] of missing.entries()) {
      say(`正在复制附件（${i + 1}/${missing.length}）`, 1, 4)
      await storeAttachment(o.dataDir, o.targetDir, r, key)
    }
    await syncStore(o.targetDir)
    say('正在写入备份', 2, 4)
    const sealed = await writeSealed(tmp, header, key.key, chunksOf(bytes))
    written = sealed.bytes
    say('正在核对备份', 3, 4)
    const back = createHash('sha256')
    for await (const b of openSealed(tmp, key.key)) back.update(b)
    if (back.digest('hex') !== sealed.plainSha256) {
      throw new BackupProblem('写入后读回的内容与原数据不一致')
    }
    for (const r of missing) {
      await extractAttachment(o.targetDir, r, key.key, null).catch(() => {
        throw new BackupProblem(`附件 ${r.path} 写入后读不回来`)
      })
    }
    await renameWithRetry(tmp, final)
    await fsyncDir(o.targetDir)
  } catch (err) {
    await unlink(tmp).catch(() => {})
    const why =
      err instanceof BackupProblem
        ? err.message
        : err instanceof SealError
          ? err.message
          : placeProblem(err)
    throw new BackupProblem(`备份没有完成：${why}。这次的备份不能用，请检查 U 盘或换一个位置后重试`)
  }
  say('备份完成', 4, 4)
  return { ...summaryOf(final, header, written), verified: true }
}
