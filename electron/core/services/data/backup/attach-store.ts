/**
 * Attachments in a backup folder: each file sealed once under the archive key and named by the
 * sha256 of its content (`attachments/<sha256>.<key>.<ext>`), so the photos and PDFs that make up
 * the bulk of a village's data are copied to the USB stick once and every later archive refers
 * to them by hash. Everything streams; a file is never held whole in memory.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ATTACHMENT_NAME } from '../../../../../contract'
import { errorCode, fsyncDir, renameWithRetry } from '../../../store/fs-safe'
import { BackupProblem } from './manifest'
import { openSealed, readSealedHeader, SealError, writeSealed } from './seal'

/** The folder inside a backup target holding the shared attachment files. */
export const STORE_DIR = 'attachments'
/** A shared attachment file's name: content hash, key id, extension. */
export const STORED = /^[a-f0-9]{64}\.[a-f0-9]{8}\.[a-z0-9]{1,8}$/

/** One attachment as an archive refers to it. */
export interface AttachmentRef {
  /** Where it lives in the data folder, e.g. attachments/<sha>.jpg or attachments/thumbs/… */
  path: string
  sha256: string
  size: number
  /** File name under `<target>/attachments/`. */
  stored: string
}

const extOf = (path: string) => /\.([A-Za-z0-9]{1,8})$/.exec(path)?.[1]?.toLowerCase() ?? 'bin'

/** The content hash of an attachment: its name says it (checked when sealed); thumbs are hashed. */
export async function contentHash(dataDir: string, path: string): Promise<string> {
  const name = path.split('/').pop()!
  if (path.split('/').length === 2 && ATTACHMENT_NAME.test(name)) return name.slice(0, 64)
  const h = createHash('sha256')
  for await (const b of createReadStream(join(dataDir, path))) h.update(b as Buffer)
  return h.digest('hex')
}

/** The reference for a data-folder attachment under a key (nothing written). */
export async function refFor(dataDir: string, path: string, keyId: string): Promise<AttachmentRef> {
  const size = (await stat(join(dataDir, path))).size
  const sha256 = await contentHash(dataDir, path)
  return { path, sha256, size, stored: `${sha256}.${keyId.slice(0, 8)}.${extOf(path)}` }
}

/** True when the target already holds this attachment sealed under this key. */
export async function isStored(
  target: string,
  ref: AttachmentRef,
  keyId: string,
): Promise<boolean> {
  const head = await readSealedHeader(join(target, STORE_DIR, ref.stored)).catch(() => null)
  const h = head?.header as { keyId?: string; sha256?: string; size?: number } | undefined
  return h?.keyId === keyId && h.sha256 === ref.sha256 && h.size === ref.size
}

/**
 * True when the target holds this attachment sealed under this key and its body unseals to the
 * content its name says: a later backup may then share it. Only the header would not do: a
 * damaged body (bit rot, a stick pulled mid-write) would leave every archive sharing it
 * unrestorable while each said it was verified.
 */
export async function isStoredWhole(
  target: string,
  ref: AttachmentRef,
  key: { keyId: string; key: Buffer },
): Promise<boolean> {
  if (!(await isStored(target, ref, key.keyId))) return false
  // Read whole once per file as it stands: the daily backup of ten years of photos does not
  // unseal gigabytes each time, and a file written or changed since (its size or time) is
  // read again. Kept in memory only: a restart checks everything once more.
  const path = join(target, STORE_DIR, ref.stored)
  const info = await stat(path).catch(() => null)
  const stamp = info ? `${info.size}:${info.mtimeMs}:${info.ino}` : ''
  if (stamp && wholeStamps.get(path) === stamp) return true
  const whole = await extractAttachment(target, ref, key.key, null).then(
    () => true,
    (e: unknown) => {
      if (e instanceof BackupProblem) return false
      throw e
    },
  )
  if (whole && stamp) {
    if (wholeStamps.size >= WHOLE_STAMPS_MAX) wholeStamps.clear()
    wholeStamps.set(path, stamp)
  }
  return whole
}

/** Shared files read whole, by path: the size, time and inode they had then. */
const wholeStamps = new Map<string, string>()
const WHOLE_STAMPS_MAX = 200_000

/** Seals one attachment into the target (temp name, then rename); refuses content that lies. */
export async function storeAttachment(
  dataDir: string,
  target: string,
  ref: AttachmentRef,
  key: { keyId: string; key: Buffer },
): Promise<void> {
  const dir = join(target, STORE_DIR)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${ref.stored}.partial`)
  await unlink(tmp).catch(() => {})
  const header = { kind: 'attachment', keyId: key.keyId, sha256: ref.sha256, size: ref.size }
  try {
    const done = await writeSealed(tmp, header, key.key, createReadStream(join(dataDir, ref.path)))
    if (done.plainSha256 !== ref.sha256 || done.plainBytes !== ref.size) {
      throw new BackupProblem(
        `附件 ${ref.path} 的内容与它的名称不符（文件已损坏），请联系技术人员`,
        ref.path,
      )
    }
    await renameWithRetry(tmp, join(dir, ref.stored))
  } catch (e) {
    await unlink(tmp).catch(() => {})
    throw e
  }
}

/** Makes the shared folder's new files durable (one fsync for a whole backup). */
export const syncStore = (target: string) => fsyncDir(join(target, STORE_DIR)).catch(() => {})

/** Unseals one attachment to `dest` (or only checks it: null), hashing as it streams. */
export async function extractAttachment(
  target: string,
  ref: AttachmentRef,
  key: Buffer,
  dest: string | null,
): Promise<void> {
  const h = createHash('sha256')
  let size = 0
  const out = dest ? await open(dest, 'wx') : null
  try {
    for await (const b of openSealed(join(target, STORE_DIR, ref.stored), key)) {
      h.update(b)
      size += b.length
      if (out) await out.write(b)
    }
    await out?.sync()
  } catch (e) {
    if (e instanceof SealError) throw new BackupProblem(`附件 ${ref.path}：${e.message}`, ref.path)
    if (errorCode(e) === 'ENOENT') {
      throw new BackupProblem(
        `备份文件夹里缺少附件 ${ref.path}（attachments 文件夹要和备份文件放在一起）`,
        ref.path,
      )
    }
    throw e
  } finally {
    await out?.close()
  }
  const sha = h.digest('hex')
  const name = ref.path.split('/').pop()!
  const named = ref.path.split('/').length === 2 && ATTACHMENT_NAME.test(name)
  if (sha !== ref.sha256 || size !== ref.size || (named && name.slice(0, 64) !== sha)) {
    throw new BackupProblem(`附件 ${ref.path} 的内容与它的名称不符，不能用这份备份恢复`, ref.path)
  }
}

/** Deletes shared attachment files no remaining archive refers to (after rotation). */
export async function pruneStore(target: string, keep: ReadonlySet<string>): Promise<string[]> {
  const dir = join(target, STORE_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const n of names) {
    // A copy cut off by a pulled stick or a power cut is never referenced.
    if (n.startsWith('.') && n.endsWith('.partial')) await unlink(join(dir, n)).catch(() => {})
    if (!STORED.test(n) || keep.has(n)) continue
    await unlink(join(dir, n))
    removed.push(n)
  }
  return removed
}
