/**
 * Sealed files: a plain JSON header, then the body in 64 KiB chunks, each AES-256-GCM with its
 * own IV, authenticated with the header's hash, its index and whether it is the last. A changed
 * byte, a swapped or dropped chunk, a cut-off end or a changed header is refused; nothing is
 * ever held whole in memory, so an archive may be larger than RAM (and than Node's 2 GiB).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'

const MAGIC = Buffer.from('CWSEAL2\n', 'latin1')
const CHUNK = 64 * 1024
const FRAME = 4 + 1 + 12
const TAG = 16
const MAX_HEADER = 16 * 1024 * 1024

/** A sealed file that cannot be opened: damaged, changed, cut off, or the wrong key. */
export class SealError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SealError'
  }
}

function aad(headerHash: Buffer, index: number, final: boolean): Buffer {
  const b = Buffer.alloc(32 + 8 + 1)
  headerHash.copy(b, 0)
  b.writeBigUInt64BE(BigInt(index), 32)
  b[40] = final ? 1 : 0
  return b
}

function frameOf(key: Buffer, hh: Buffer, index: number, plain: Buffer, final: boolean): Buffer[] {
  const iv = randomBytes(12)
  const c = createCipheriv('aes-256-gcm', key, iv)
  c.setAAD(aad(hh, index, final))
  const ct = Buffer.concat([c.update(plain), c.final()])
  const head = Buffer.alloc(5)
  head.writeUInt32BE(ct.length, 0)
  head[4] = final ? 1 : 0
  return [head, iv, ct, c.getAuthTag()]
}

/** Bytes of a sealed body for `plainBytes` of content (for the free-space check). */
export function sealedSize(plainBytes: number, headerBytes = 4096): number {
  const chunks = Math.max(1, Math.ceil(plainBytes / CHUNK))
  return MAGIC.length + 4 + headerBytes + plainBytes + chunks * (FRAME + TAG)
}

/** What writing a sealed file saw: its size on disk and the plain content's sha256. */
export interface Sealed {
  bytes: number
  plainBytes: number
  plainSha256: string
}

/** Writes `body` sealed under `key` to a new file (never overwrites), fsynced. */
export async function writeSealed(
  path: string,
  header: object,
  key: Buffer,
  body: AsyncIterable<Uint8Array>,
): Promise<Sealed> {
  const headerJson = Buffer.from(JSON.stringify(header), 'utf8')
  const len = Buffer.alloc(4)
  len.writeUInt32BE(headerJson.length)
  const start = Buffer.concat([MAGIC, len, headerJson])
  const hh = createHash('sha256').update(start).digest()
  const sha = createHash('sha256')
  const handle = await open(path, 'wx', 0o600)
  let bytes = 0
  let plainBytes = 0
  let index = 0
  const put = async (parts: Buffer[]) => {
    for (const p of parts) {
      await handle.write(p)
      bytes += p.length
    }
  }
  try {
    await put([start])
    let pending: Buffer[] = []
    let size = 0
    for await (const piece of body) {
      const b = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
      sha.update(b)
      plainBytes += b.length
      pending.push(b)
      size += b.length
      while (size >= CHUNK) {
        const all = Buffer.concat(pending)
        await put(frameOf(key, hh, index++, all.subarray(0, CHUNK), false))
        pending = [all.subarray(CHUNK)]
        size = all.length - CHUNK
      }
    }
    await put(frameOf(key, hh, index, Buffer.concat(pending), true))
    await handle.sync()
  } finally {
    await handle.close()
  }
  return { bytes, plainBytes, plainSha256: sha.digest('hex') }
}

async function readExact(h: FileHandle, at: number, n: number): Promise<Buffer | null> {
  const b = Buffer.alloc(n)
  let got = 0
  while (got < n) {
    const { bytesRead } = await h.read(b, got, n - got, at + got)
    if (bytesRead === 0) return got === 0 ? null : b.subarray(0, got)
    got += bytesRead
  }
  return b
}

/** The header of a sealed file, read without touching the body; null when it is not one. */
export async function readSealedHeader(
  path: string,
): Promise<{ header: unknown; bodyAt: number; hash: Buffer } | null> {
  const h = await open(path, 'r')
  try {
    const start = await readExact(h, 0, MAGIC.length + 4)
    if (!start || start.length < MAGIC.length + 4) return null
    if (!start.subarray(0, MAGIC.length).equals(MAGIC)) return null
    const n = start.readUInt32BE(MAGIC.length)
    if (n > MAX_HEADER) return null
    const json = await readExact(h, start.length, n)
    if (!json || json.length < n) return null
    const hash = createHash('sha256').update(start).update(json).digest()
    try {
      return { header: JSON.parse(json.toString('utf8')), bodyAt: start.length + n, hash }
    } catch {
      return null
    }
  } finally {
    await h.close()
  }
}

/** The plain body, chunk by chunk, each checked before it is handed on. */
export async function* openSealed(path: string, key: Buffer): AsyncGenerator<Buffer> {
  const head = await readSealedHeader(path)
  if (!head) throw new SealError('不是加密的备份文件，或文件开头已损坏')
  const h = await open(path, 'r')
  try {
    let at = head.bodyAt
    for (let index = 0; ; index++) {
      const frame = await readExact(h, at, FRAME)
      if (!frame || frame.length < FRAME) throw new SealError('备份文件不完整：结尾缺失')
      const n = frame.readUInt32BE(0)
      const final = frame[4] === 1
      if (n > CHUNK || frame[4]! > 1) throw new SealError('备份文件已损坏（分块长度不对）')
      const body = await readExact(h, at + FRAME, n + TAG)
      if (!body || body.length < n + TAG) throw new SealError('备份文件不完整：被截断了')
      const d = createDecipheriv('aes-256-gcm', key, frame.subarray(5, FRAME))
      d.setAAD(aad(head.hash, index, final))
      d.setAuthTag(body.subarray(n))
      let plain: Buffer
      try {
        plain = Buffer.concat([d.update(body.subarray(0, n)), d.final()])
      } catch {
        throw new SealError('备份文件的内容被改动或已损坏，或者密钥不对')
      }
      at += FRAME + n + TAG
      if (plain.length) yield plain
      if (final) {
        if (await readExact(h, at, 1)) throw new SealError('备份文件结尾后面多了内容')
        return
      }
    }
  } finally {
    await h.close()
  }
}
