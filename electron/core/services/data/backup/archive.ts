/**
 * A sealed archive (`.cwbak`): a plain header saying whose data, when, the journal head, which
 * key and which shared attachments it needs, then the documents and journal as a tar sealed
 * under the archive key. The key comes from this machine's secrets or, on a new machine, from
 * the recovery code the admin printed.
 */
import { z } from 'zod'
import type { Secrets } from '../../../secrets'
import { idOf } from '../../../secrets'
import { isDataPath } from './data-paths'
import { STORED, type AttachmentRef } from './attach-store'
import { BackupProblem, FORMAT, openArchive, type Manifest } from './manifest'
import { type RecoveryWrap, unwrapWithCode } from './recovery'
import { openSealed, readSealedHeader, SealError } from './seal'

/** What every archive says about itself in the clear (and authenticates with its body). */
export interface ArchiveHeader {
  format: typeof FORMAT
  version: 2
  createdAt: string
  automatic: boolean
  villageName: string
  journal: Manifest['journal']
  /** Documents and journal inside the sealed body. */
  files: number
  keyId: string
  /** The key wrapped by the recovery code; absent for automatic backups made before one existed. */
  recovery?: RecoveryWrap
  attachments: AttachmentRef[]
}

const count = z.number().int().min(0)
const hex64 = z.string().regex(/^[a-f0-9]{64}$/)

/**
 * The header is plain JSON anyone with the stick can rewrite: every field is checked before it
 * is shown in a list or used to find, size or unwrap anything.
 */
const HeaderShape: z.ZodType<ArchiveHeader> = z.object({
  format: z.literal(FORMAT),
  version: z.literal(2),
  createdAt: z.iso.datetime(),
  automatic: z.boolean(),
  villageName: z.string().max(200),
  journal: z.object({
    seq: count,
    hash: z.string().regex(/^([a-f0-9]{64})?$/),
    entries: count,
  }),
  files: count,
  keyId: z.string().min(1).max(200),
  recovery: z
    .object({
      salt: z.string(),
      N: count,
      r: count,
      p: count,
      iv: z.string(),
      tag: z.string(),
      key: z.string(),
    })
    .optional(),
  attachments: z.array(
    z.object({
      path: z.string().refine(isDataPath),
      sha256: hex64,
      size: count,
      stored: z.string().regex(STORED),
    }),
  ),
})

/** The archive cannot be opened without the recovery code (another machine's key). */
export class NeedsCode extends BackupProblem {}

/** The header of an archive file, or a plain refusal. */
export async function readHeader(path: string): Promise<ArchiveHeader> {
  const got = await readSealedHeader(path)
  const h = HeaderShape.safeParse(got?.header)
  if (!h.success) throw new BackupProblem('这不是本程序能识别的备份文件（或文件开头已损坏）')
  return h.data
}

/** The key that opens this archive: this machine's, or the one the typed code unwraps. */
export async function keyFor(h: ArchiveHeader, secrets: Secrets, code?: string): Promise<Buffer> {
  const mine = await secrets.archiveKeyById(h.keyId)
  if (mine) return mine
  if (!h.recovery) {
    throw new BackupProblem(
      '这份自动备份是在别的机器上做的，当时还没有恢复码，只能在原来的机器上恢复',
    )
  }
  if (!code?.trim()) {
    throw new NeedsCode('这份备份是在别的机器上做的（或本机的密钥已丢失），请输入打印的恢复码')
  }
  const key = await unwrapWithCode(h.recovery, code)
  if (!key || idOf(key) !== h.keyId) throw new NeedsCode('恢复码不对，请对照打印的恢复码再输入一次')
  return key
}

/** The sealed body's tar, checked chunk by chunk and then file by file. */
export async function openBody(path: string, h: ArchiveHeader, key: Buffer) {
  const parts: Buffer[] = []
  try {
    for await (const b of openSealed(path, key)) parts.push(b)
  } catch (e) {
    if (e instanceof SealError) throw new BackupProblem(e.message)
    throw e
  }
  const opened = openArchive(Buffer.concat(parts))
  const m = opened.manifest
  if (m.journal.seq !== h.journal.seq || m.journal.hash !== h.journal.hash) {
    throw new BackupProblem('备份文件的说明与里面的变更日志不一致')
  }
  const pepperBytes = opened.extras.get('pepper.json')
  const peppers = pepperBytes
    ? (JSON.parse(Buffer.from(pepperBytes).toString('utf8')) as string[]).map((p) =>
        Buffer.from(p, 'base64'),
      )
    : []
  return { ...opened, peppers }
}
